using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dbs.Api.Tests.Support;

/// <summary>
/// The real host in memory, in <paramref name="environment"/>, with <paramref name="settings"/> on top of its
/// appsettings (as command-line switches, so they are in place while the host registers its services).
/// </summary>
public sealed class DbsApiFactory(string environment, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public static DbsApiFactory OnSqlite(SqliteFile database, string environment = "Production", bool seedDemoData = false) =>
        new(environment, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dbs"] = database.ConnectionString,
            ["DemoData:SeedOnFirstStart"] = seedDemoData ? "true" : "false",
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
