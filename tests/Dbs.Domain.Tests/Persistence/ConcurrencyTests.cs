using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.Persistence;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Persistence;

public abstract class ConcurrencyTests(DatabaseFixture database)
{
    [Fact]
    public async Task Two_contexts_load_the_same_agreement_both_save_and_the_second_gets_a_concurrency_conflict()
    {
        var world = await World.CreateAsync(database);
        var id = world.AgreementIds["791"];
        await using var first = world.NewContext();
        await using var second = world.NewContext();
        var mine = await first.Agreements.SingleAsync(a => a.Id == id);
        var theirs = await second.Agreements.SingleAsync(a => a.Id == id);

        mine.Terminate(new DateOnly(2031, 6, 30));
        var firstSave = await first.TrySaveAsync(world.DbsAuthor, "TerminateAgreement", World.Start, CancellationToken.None);
        theirs.Expire(new DateOnly(2031, 7, 31));
        var secondSave = await second.TrySaveAsync(world.DbsAuthor, "ExpireAgreement", World.Start, CancellationToken.None);

        ResultAssert.Success(firstSave);
        var conflict = ResultAssert.Fails<ConcurrencyConflict>(secondSave.Error);
        Assert.Equal(("Agreement", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (conflict.EntityType, conflict.Key));
        await using var check = world.NewContext();
        var stored = await check.Agreements.SingleAsync(a => a.Id == id);
        Assert.Equal((AgreementStatus.Terminated, 2L), (stored.Status, stored.Version));
    }

    [Fact]
    public async Task Two_services_racing_on_the_same_finding_report_the_loser_as_a_conflict_and_keep_the_winner()
    {
        var world = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.InProgressAsync(world);
        var id = ResultAssert.Success(await world.InNewContext(db => world.Findings(db).RecordAsync(world.DbsAuthor, supervision,
            new FindingInput(FindingKind.Remark, FindingSeverity.Low, "C.2", "Logning gennemgås sjældent.", null)))).Id;
        await using var first = world.NewContext();
        await using var second = world.NewContext();
        var loaded = await second.Findings.Include(f => f.Supervision).Include(f => f.History).SingleAsync(f => f.Id == id);

        ResultAssert.Success(await world.Findings(first).UpdateAsync(world.DbsAuthor, id,
            new FindingInput(FindingKind.Remark, FindingSeverity.Medium, "C.2", "Logning gennemgås kun årligt.", null)));
        loaded.Update(new FindingInput(FindingKind.Deviation, FindingSeverity.High, "C.2", "Ingen loggennemgang.", null),
            world.DbsReviewer, World.Start);
        var lost = await second.TrySaveAsync(world.DbsReviewer, "UpdateFinding", World.Start, CancellationToken.None);

        ResultAssert.Fails<ConcurrencyConflict>(lost.Error);
        await using var check = world.NewContext();
        Assert.Equal("Logning gennemgås kun årligt.", (await check.Findings.SingleAsync(f => f.Id == id)).Text);
    }

    [Fact]
    public async Task An_edit_based_on_an_older_version_is_a_conflict_before_anything_is_written()
    {
        var world = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.PlanAsync(world);

        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).StartAsync(world.DbsAuthor, supervision, expectedVersion: 1)));
        var stale = await world.InNewContext(db => world.Supervisions(db).AssignPeerReviewerAsync(world.DbsAuthor, supervision,
            world.DbsReviewer.UserId, world.DbsReviewer.DisplayName, expectedVersion: 1));

        ResultAssert.Fails<ConcurrencyConflict>(stale.Error);
    }

    [Fact]
    public async Task Every_update_increments_the_version_and_an_unchanged_entity_keeps_it()
    {
        var world = await World.CreateAsync(database);
        var id = world.AgreementIds["751"];
        await using var db = world.NewContext();
        var agreement = await db.Agreements.SingleAsync(a => a.Id == id);

        await db.SaveChangesAsync();
        var untouched = agreement.Version;
        agreement.Classify(PersonalDataCategories.Special, DataSubjectCategories.Children);
        await db.SaveChangesAsync();

        Assert.Equal((1L, 2L), (untouched, agreement.Version));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConcurrencyTestsOnSqlite(SqliteDatabaseFixture database) : ConcurrencyTests(database);

[Collection(PostgresCollection.Name)]
public sealed class ConcurrencyTestsOnPostgres(PostgresDatabaseFixture database) : ConcurrencyTests(database)
{
    [Fact]
    public async Task On_PostgreSQL_xmin_also_catches_a_write_that_left_the_version_alone()
    {
        var world = await World.CreateAsync(database);
        var id = world.AgreementIds["791"];
        await using var db = world.NewContext();
        var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
        await using (var other = world.NewContext())
        {
            await other.Database.ExecuteSqlAsync($"UPDATE \"Agreements\" SET \"ValidTo\" = '2040-01-01' WHERE \"Id\" = {id}");
        }

        agreement.Terminate(new DateOnly(2031, 6, 30));
        var saved = await db.TrySaveAsync(world.DbsAuthor, "TerminateAgreement", World.Start, CancellationToken.None);

        ResultAssert.Fails<ConcurrencyConflict>(saved.Error);
    }
}
