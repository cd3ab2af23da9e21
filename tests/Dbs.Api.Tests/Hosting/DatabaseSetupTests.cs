using Dbs.Api.Tests.Support;
using Dbs.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Hosting;

public sealed class DatabaseSetupTests
{
    [Fact]
    public async Task First_start_in_development_migrates_and_seeds_demo_data_once()
    {
        using var database = new SqliteFile();
        await using (var first = DbsApiFactory.OnSqlite(database, "Development", seedDemoData: true))
        {
            first.CreateClient().Dispose();
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(60, await db.Suppliers.CountAsync());
            Assert.True(await db.Agreements.CountAsync() > 5_000);
        }

        // A second start finds data and leaves it alone.
        await using (var second = DbsApiFactory.OnSqlite(database, "Development", seedDemoData: true))
        {
            second.CreateClient().Dispose();
        }

        await using var after = database.CreateContext();
        Assert.Equal(60, await after.Suppliers.CountAsync());
    }

    [Fact]
    public async Task Production_migrates_the_embedded_database_with_reference_data_but_never_seeds_it()
    {
        using var database = new SqliteFile();
        await using (var factory = DbsApiFactory.OnSqlite(database, "Production", seedDemoData: true))
        {
            factory.CreateClient().Dispose();
        }

        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(98, await db.Municipalities.CountAsync());
        Assert.Equal(1, await db.QuestionnaireTemplates.CountAsync(t => t.PublishedAt != null));
        Assert.False(await DemoDataGenerator.HasDataAsync(db));
    }

    [Fact]
    public async Task Leaves_a_postgres_database_to_the_migrate_command()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var factory = new DbsApiFactory("Development", new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Dbs"] = database.ConnectionString,
            ["DemoData:SeedOnFirstStart"] = "true",
        }))
        {
            factory.CreateClient().Dispose();
        }

        await using var db = database.CreateContext();
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }
}
