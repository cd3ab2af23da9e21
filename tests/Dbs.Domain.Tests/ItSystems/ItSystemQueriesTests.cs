using Dbs.Domain.ItSystems;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.ItSystems;

public abstract class ItSystemQueriesTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_system_is_in_DBS_remit_when_enough_member_municipalities_use_it_and_non_members_do_not_count()
    {
        // System A is used by Viborg, Aarhus, Randers and Copenhagen (members) and Frederiksberg (not a member).
        var world = await World.CreateAsync(database);
        await using var db = world.NewContext();
        var ours = db.ItSystems.Where(s => s.SupplierId == world.SupplierId);

        var atFour = await ours.UsedByAtLeastMembers(4).Select(s => s.Id).ToListAsync();
        var atFive = await ours.UsedByAtLeastMembers(5).Select(s => s.Id).ToListAsync();
        var byDefaultSetting = await ours.SupervisedByDbs(new SupervisionOptions()).Select(s => s.Id).ToListAsync();

        Assert.Equal([world.SystemA], atFour);
        Assert.Empty(atFive);
        Assert.Empty(byDefaultSetting);
    }

    [Fact]
    public async Task Usage_is_recorded_once_per_municipality()
    {
        var world = await World.CreateAsync(database);
        await using var db = world.NewContext();
        var system = await db.ItSystems.Include(s => s.Usages).SingleAsync(s => s.Id == world.SystemA);
        var viborg = await db.Municipalities.SingleAsync(m => m.Code == "791");

        Assert.False(system.AddUsage(viborg));
        Assert.True(system.RemoveUsage(viborg.Id));
        await db.SaveChangesAsync();

        Assert.Equal(4, await db.ItSystemUsages.CountAsync(u => u.ItSystemId == world.SystemA));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ItSystemQueriesTestsOnSqlite(SqliteDatabaseFixture database) : ItSystemQueriesTests(database);

[Collection(PostgresCollection.Name)]
public sealed class ItSystemQueriesTestsOnPostgres(PostgresDatabaseFixture database) : ItSystemQueriesTests(database);
