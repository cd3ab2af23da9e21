using Dbs.Domain.Persistence;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dbs.Domain.Tests.Persistence;

public abstract class MigrationTests(DatabaseFixture database)
{
    [Fact]
    public async Task Migrating_leaves_no_pending_migration_and_imports_all_98_municipalities()
    {
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(98, await db.Municipalities.CountAsync());
    }

    [Fact]
    public async Task The_migrations_match_the_model()
    {
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last migration: run api/Dbs.Domain.Design/add-migration.sh <Name>.");
    }

    [Fact]
    public async Task Sixty_two_municipalities_are_members_and_Frederiksberg_is_not()
    {
        await using var db = database.CreateContext();

        Assert.Equal(62, await db.Municipalities.CountAsync(m => m.IsMember));
        var frederiksberg = await db.Municipalities.SingleAsync(m => m.Code == "147");
        Assert.Equal("Frederiksberg Kommune", frederiksberg.Name);
        Assert.False(frederiksberg.IsMember);
    }

    [Fact]
    public async Task Only_the_three_known_municipal_CVR_numbers_are_filled_in()
    {
        await using var db = database.CreateContext();

        var withCvr = await db.Municipalities.Where(m => m.Cvr != null).OrderBy(m => m.Code)
            .Select(m => new { m.Code, m.Cvr }).ToListAsync();

        Assert.Equal([("101", "64942212"), ("751", "55133018"), ("791", "29189846")],
            withCvr.Select(m => (m.Code, m.Cvr!)));
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_adds_no_municipality()
    {
        await using var db = database.CreateContext();

        var report = await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();

        Assert.Empty(report.AppliedMigrations);
        Assert.Equal(0, report.MunicipalitiesAdded);
        Assert.Equal(98, await db.Municipalities.CountAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MigrationTestsOnSqlite(SqliteDatabaseFixture database) : MigrationTests(database);

[Collection(PostgresCollection.Name)]
public sealed class MigrationTestsOnPostgres(PostgresDatabaseFixture database) : MigrationTests(database);
