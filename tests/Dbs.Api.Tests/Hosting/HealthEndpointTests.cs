using System.Net;
using System.Text.Json;
using Dbs.Api.Tests.Support;

namespace Dbs.Api.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Reports_healthy_with_the_database_check_on_a_real_sqlite_file()
    {
        using var database = new SqliteFile();
        await using var factory = DbsApiFactory.OnSqlite(database);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.True(File.Exists(database.FilePath));
    }

    [Fact]
    public async Task Reports_an_unmigrated_postgres_database_as_unhealthy_until_the_migrate_command_has_run()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DbsApiFactory("Production", new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Dbs"] = database.ConnectionString,
        });
        using var client = factory.CreateClient();

        using (var before = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
            using var json = JsonDocument.Parse(await before.Content.ReadAsStringAsync());
            var check = json.RootElement.GetProperty("checks").GetProperty("database");
            Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
            Assert.True(check.TryGetProperty("error", out _));
        }

        var migrate = await AdminRun.RunAsync(["migrate"], database);
        Assert.Equal(0, migrate.ExitCode);

        using var after = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
