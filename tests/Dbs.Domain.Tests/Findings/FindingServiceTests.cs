using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Findings;

public abstract class FindingServiceTests(DatabaseFixture database)
{
    private static readonly FindingInput Deviation = new(FindingKind.Deviation, FindingSeverity.High, "C.7",
        "Revisorerklæringen dækker ikke hostingcentret.", new DateOnly(2031, 9, 1));

    [Fact]
    public async Task A_finding_is_recorded_responded_to_and_resolved_with_its_history()
    {
        var world = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.InProgressAsync(world);
        var id = await Record(world, supervision);
        await SupervisionSteps.ReleaseAsync(world, supervision);

        var responded = ResultAssert.Success(await world.InNewContext(db => world.Findings(db).RespondAsync(world.SupplierEditor, id,
            "Erklæringen udvides til også at dække hostingcentret.", new DateOnly(2031, 8, 1))));
        var resolved = ResultAssert.Success(await world.InNewContext(db => world.Findings(db).ResolveAsync(world.DbsAuthor, id,
            "Ny erklæring modtaget.")));

        Assert.Equal((FindingStatus.Responded, new DateOnly(2031, 8, 1)), (responded.Status, responded.PlannedRemediationOn));
        Assert.Equal(FindingStatus.Resolved, resolved.Status);
        await using var db = world.NewContext();
        var history = await db.FindingHistory.Where(h => h.FindingId == id).OrderBy(h => h.Id).ToListAsync();
        Assert.Equal(["Recorded", "Responded", "Resolved"], history.Select(h => h.Action));
        Assert.Equal([null, FindingStatus.Open, FindingStatus.Responded], history.Select(h => h.FromStatus));
        Assert.Equal(["Anne Andersen", "Sofie Svendsen", "Anne Andersen"], history.Select(h => h.ByName));
    }

    [Fact]
    public async Task DBS_reopens_an_insufficient_response_and_may_accept_the_risk()
    {
        var world = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.InProgressAsync(world);
        var id = await Record(world, supervision);
        await SupervisionSteps.ReleaseAsync(world, supervision);
        await world.InNewContext(db => world.Findings(db).RespondAsync(world.SupplierEditor, id, "Vi kigger på det.", null));

        var reopened = ResultAssert.Success(await world.InNewContext(db => world.Findings(db).ReopenAsync(world.DbsAuthor, id,
            "Beskriv en konkret plan.")));
        var accepted = ResultAssert.Success(await world.InNewContext(db => world.Findings(db).AcceptRiskAsync(world.DbsAuthor, id,
            "Hostingcentret udfases i 2032.")));

        Assert.Equal(FindingStatus.Open, reopened.Status);
        Assert.Equal(FindingStatus.AcceptedRisk, accepted.Status);
        Assert.NotNull(accepted.ClosedAt);
    }

    [Fact]
    public async Task Findings_are_recorded_only_while_the_supervision_is_being_written()
    {
        var world = await World.CreateAsync(database);
        var planned = await SupervisionSteps.PlanAsync(world);
        var released = await SupervisionSteps.ReleasedAsync(world, world.SystemB);

        var onPlanned = await world.InNewContext(db => world.Findings(db).RecordAsync(world.DbsAuthor, planned, Deviation));
        var onReleased = await world.InNewContext(db => world.Findings(db).RecordAsync(world.DbsAuthor, released, Deviation));

        Assert.Equal("Planned", ResultAssert.Fails<InvalidTransition>(onPlanned.Error).From);
        Assert.Equal("Released", ResultAssert.Fails<InvalidTransition>(onReleased.Error).From);
    }

    [Fact]
    public async Task DBS_edits_a_finding_before_release_but_not_after()
    {
        var world = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.InProgressAsync(world);
        var id = await Record(world, supervision);

        var edited = ResultAssert.Success(await world.InNewContext(db => world.Findings(db).UpdateAsync(world.DbsAuthor, id,
            Deviation with { Severity = FindingSeverity.Critical })));
        await SupervisionSteps.ReleaseAsync(world, supervision);
        var late = await world.InNewContext(db => world.Findings(db).UpdateAsync(world.DbsAuthor, id, Deviation));

        Assert.Equal(FindingSeverity.Critical, edited.Severity);
        ResultAssert.Fails<InvalidTransition>(late.Error);
    }

    [Fact]
    public async Task Out_of_order_finding_steps_are_invalid_transitions()
    {
        var world = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.InProgressAsync(world);
        var id = await Record(world, supervision);

        var resolveOpen = await world.InNewContext(db => world.Findings(db).ResolveAsync(world.DbsAuthor, id));
        var reopenOpen = await world.InNewContext(db => world.Findings(db).ReopenAsync(world.DbsAuthor, id, "x"));
        await SupervisionSteps.ReleaseAsync(world, supervision);
        await world.InNewContext(db => world.Findings(db).RespondAsync(world.SupplierEditor, id, "Rettet.", null));
        var respondTwice = await world.InNewContext(db => world.Findings(db).RespondAsync(world.SupplierEditor, id, "Igen.", null));
        await world.InNewContext(db => world.Findings(db).ResolveAsync(world.DbsAuthor, id));
        var acceptResolved = await world.InNewContext(db => world.Findings(db).AcceptRiskAsync(world.DbsAuthor, id, "x"));
        var reopenResolved = await world.InNewContext(db => world.Findings(db).ReopenAsync(world.DbsAuthor, id, "x"));

        ResultAssert.Fails<InvalidTransition>(resolveOpen.Error);
        ResultAssert.Fails<InvalidTransition>(reopenOpen.Error);
        Assert.Equal("Responded", ResultAssert.Fails<InvalidTransition>(respondTwice.Error).From);
        Assert.Equal("Resolved", ResultAssert.Fails<InvalidTransition>(acceptResolved.Error).From);
        Assert.Equal("Resolved", ResultAssert.Fails<InvalidTransition>(reopenResolved.Error).From);
    }

    [Fact]
    public async Task A_response_and_a_finding_need_text()
    {
        var world = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.InProgressAsync(world);
        var empty = await world.InNewContext(db => world.Findings(db).RecordAsync(world.DbsAuthor, supervision, Deviation with { Text = " " }));
        var id = await Record(world, supervision);
        await SupervisionSteps.ReleaseAsync(world, supervision);

        var blank = await world.InNewContext(db => world.Findings(db).RespondAsync(world.SupplierEditor, id, "  ", null));

        Assert.Equal("text", Assert.Single(ResultAssert.Fails<ValidationFailed>(empty.Error).Errors).Field);
        Assert.Equal("response", Assert.Single(ResultAssert.Fails<ValidationFailed>(blank.Error).Errors).Field);
    }

    [Fact]
    public async Task Only_the_supplier_itself_responds_and_only_DBS_decides()
    {
        var world = await World.CreateAsync(database);
        var other = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.InProgressAsync(world);
        var id = await Record(world, supervision);
        await SupervisionSteps.ReleaseAsync(world, supervision);

        var byOtherSupplier = await world.InNewContext(db => world.Findings(db).RespondAsync(other.SupplierEditor, id, "x", null));
        var byMunicipality = await world.InNewContext(db => world.Findings(db).RespondAsync(world.Municipality("791"), id, "x", null));
        var byReader = await world.InNewContext(db => world.Findings(db).RespondAsync(world.SupplierReader, id, "x", null));
        await world.InNewContext(db => world.Findings(db).RespondAsync(world.SupplierEditor, id, "Rettet.", null));
        var resolveBySupplier = await world.InNewContext(db => world.Findings(db).ResolveAsync(world.SupplierEditor, id));
        var recordBySupplier = await world.InNewContext(db => world.Findings(db).RecordAsync(world.SupplierEditor, supervision, Deviation));

        ResultAssert.Fails<NotFound>(byOtherSupplier.Error);
        ResultAssert.Fails<Forbidden>(byMunicipality.Error);
        ResultAssert.Fails<Forbidden>(byReader.Error);
        ResultAssert.Fails<Forbidden>(resolveBySupplier.Error);
        ResultAssert.Fails<Forbidden>(recordBySupplier.Error);
    }

    [Fact]
    public async Task A_supplier_cannot_reach_a_finding_before_the_report_is_released()
    {
        var world = await World.CreateAsync(database);
        var supervision = await SupervisionSteps.InProgressAsync(world);
        var id = await Record(world, supervision);

        var result = await world.InNewContext(db => world.Findings(db).RespondAsync(world.SupplierEditor, id, "x", null));

        ResultAssert.Fails<NotFound>(result.Error);
    }

    private static async Task<int> Record(World world, int supervisionId) =>
        ResultAssert.Success(await world.InNewContext(db => world.Findings(db).RecordAsync(world.DbsAuthor, supervisionId, Deviation))).Id;
}

[Collection(SqliteCollection.Name)]
public sealed class FindingServiceTestsOnSqlite(SqliteDatabaseFixture database) : FindingServiceTests(database);

[Collection(PostgresCollection.Name)]
public sealed class FindingServiceTestsOnPostgres(PostgresDatabaseFixture database) : FindingServiceTests(database);
