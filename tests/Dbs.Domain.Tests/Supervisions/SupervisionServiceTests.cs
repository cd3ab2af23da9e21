using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Common;
using Dbs.Domain.Supervisions;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Supervisions;

public abstract class SupervisionServiceTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_supervision_goes_from_planned_through_peer_review_to_released_and_closed()
    {
        var world = await World.CreateAsync(database);
        var id = await SupervisionSteps.PlanAsync(world);
        var steps = new List<SupervisionStatus>();
        async Task Step(Func<SupervisionService, Task<Result<Supervision>>> action)
        {
            steps.Add(ResultAssert.Success(await world.InNewContext(db => action(world.Supervisions(db)))).Status);
        }

        await Step(s => s.StartAsync(world.DbsAuthor, id));
        await Step(s => s.AssignPeerReviewerAsync(world.DbsAuthor, id, world.DbsReviewer.UserId, world.DbsReviewer.DisplayName));
        await Step(s => s.WriteConclusionAsync(world.DbsAuthor, id, "Leverandøren efterlever aftalen med to bemærkninger."));
        await Step(s => s.SubmitForPeerReviewAsync(world.DbsAuthor, id));
        await Step(s => s.ReturnFromPeerReviewAsync(world.DbsReviewer, id, "Præcisér konklusionen."));
        await Step(s => s.SubmitForPeerReviewAsync(world.DbsAuthor, id));
        await Step(s => s.ApprovePeerReviewAsync(world.DbsReviewer, id));
        await Step(s => s.ReleaseAsync(world.DbsAuthor, id));
        await Step(s => s.CloseAsync(world.DbsAuthor, id));

        Assert.Equal(
            [SupervisionStatus.InProgress, SupervisionStatus.InProgress, SupervisionStatus.InProgress, SupervisionStatus.InPeerReview,
             SupervisionStatus.InProgress, SupervisionStatus.InPeerReview, SupervisionStatus.InPeerReview, SupervisionStatus.Released,
             SupervisionStatus.Closed],
            steps);
        await using var db = world.NewContext();
        var closed = await db.Supervisions.SingleAsync(s => s.Id == id);
        Assert.Equal(("Anne Andersen", "Rasmus Rasmussen", "Præcisér konklusionen."),
            (closed.AuthorName, closed.PeerReviewerName, closed.PeerReviewComment));
        Assert.NotNull(closed.ReleasedAt);
        Assert.NotNull(closed.ClosedAt);
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused_as_invalid_transitions()
    {
        var world = await World.CreateAsync(database);
        var planned = await SupervisionSteps.PlanAsync(world);
        var inProgress = await SupervisionSteps.InProgressAsync(world, world.SystemB);

        Assert.Equal("Planned", (await Run(world, s => s.SubmitForPeerReviewAsync(world.DbsAuthor, planned))).From);
        Assert.Equal("Planned", (await Run(world, s => s.ReleaseAsync(world.DbsAuthor, planned))).From);
        Assert.Equal("Planned", (await Run(world, s => s.CloseAsync(world.DbsAuthor, planned))).From);
        Assert.Equal("InProgress", (await Run(world, s => s.StartAsync(world.DbsAuthor, inProgress))).From);
        Assert.Equal("InProgress", (await Run(world, s => s.ApprovePeerReviewAsync(world.DbsReviewer, inProgress))).From);
        Assert.Equal("InProgress", (await Run(world, s => s.ReturnFromPeerReviewAsync(world.DbsReviewer, inProgress, "x"))).From);
        Assert.Equal("InProgress", (await Run(world, s => s.CloseAsync(world.DbsAuthor, inProgress))).From);
    }

    [Fact]
    public async Task A_released_report_cannot_be_released_again_nor_be_sent_back_or_get_a_new_reviewer()
    {
        var world = await World.CreateAsync(database);
        var id = await SupervisionSteps.ReleasedAsync(world);

        Assert.Equal("Released", (await Run(world, s => s.ReleaseAsync(world.DbsAuthor, id))).From);
        Assert.Equal("Released", (await Run(world, s => s.ReturnFromPeerReviewAsync(world.DbsReviewer, id, "x"))).From);
        Assert.Equal("Released", (await Run(world, s => s.AssignPeerReviewerAsync(world.DbsAuthor, id, "dbs-other", "Other"))).From);
        Assert.Equal("Released", (await Run(world, s => s.StartAsync(world.DbsAuthor, id))).From);
    }

    [Fact]
    public async Task A_closed_supervision_cannot_be_closed_again()
    {
        var world = await World.CreateAsync(database);
        var id = await SupervisionSteps.ReleasedAsync(world);
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).CloseAsync(world.DbsAuthor, id)));

        Assert.Equal("Closed", (await Run(world, s => s.CloseAsync(world.DbsAuthor, id))).From);
    }

    [Fact]
    public async Task The_author_cannot_be_the_peer_reviewer()
    {
        var world = await World.CreateAsync(database);
        var id = await SupervisionSteps.InProgressAsync(world);

        var result = await world.InNewContext(db => world.Supervisions(db).AssignPeerReviewerAsync(world.DbsAuthor, id,
            world.DbsAuthor.UserId, world.DbsAuthor.DisplayName));

        Assert.Equal("peerReviewer", Assert.Single(ResultAssert.Fails<ValidationFailed>(result.Error).Errors).Field);
    }

    [Fact]
    public async Task Peer_review_needs_an_assigned_reviewer()
    {
        var world = await World.CreateAsync(database);
        var id = await SupervisionSteps.InProgressAsync(world);

        var result = await world.InNewContext(db => world.Supervisions(db).SubmitForPeerReviewAsync(world.DbsAuthor, id));

        ResultAssert.Fails<ValidationFailed>(result.Error);
    }

    [Fact]
    public async Task Only_the_assigned_reviewer_approves_or_sends_back_and_the_author_cannot_approve()
    {
        var world = await World.CreateAsync(database);
        var id = await SupervisionSteps.InPeerReviewAsync(world);

        var byAuthor = await world.InNewContext(db => world.Supervisions(db).ApprovePeerReviewAsync(world.DbsAuthor, id));
        var byOther = await world.InNewContext(db => world.Supervisions(db).ReturnFromPeerReviewAsync(
            Actor.DbsStaff("dbs-mette", "Mette"), id, "x"));

        ResultAssert.Fails<Forbidden>(byAuthor.Error);
        ResultAssert.Fails<Forbidden>(byOther.Error);
    }

    [Fact]
    public async Task A_report_is_released_only_after_the_peer_reviewer_approved_it()
    {
        var world = await World.CreateAsync(database);
        var id = await SupervisionSteps.InPeerReviewAsync(world);

        var early = await world.InNewContext(db => world.Supervisions(db).ReleaseAsync(world.DbsAuthor, id));
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).ApprovePeerReviewAsync(world.DbsReviewer, id)));
        var twice = await world.InNewContext(db => world.Supervisions(db).ApprovePeerReviewAsync(world.DbsReviewer, id));
        var released = await world.InNewContext(db => world.Supervisions(db).ReleaseAsync(world.DbsAuthor, id));

        ResultAssert.Fails<InvalidTransition>(early.Error);
        ResultAssert.Fails<InvalidTransition>(twice.Error);
        Assert.Equal(SupervisionStatus.Released, ResultAssert.Success(released).Status);
    }

    [Fact]
    public async Task Releasing_asks_each_member_municipality_with_an_active_agreement_for_the_system_to_acknowledge()
    {
        var world = await World.CreateAsync(database);

        var id = await SupervisionSteps.ReleasedAsync(world);

        await using var db = world.NewContext();
        var acknowledgements = await db.ReportAcknowledgements.Where(a => a.SupervisionId == id)
            .Select(a => new { a.Municipality.Code, a.Status }).OrderBy(a => a.Code).ToListAsync();
        Assert.Equal(["751", "791"], acknowledgements.Select(a => a.Code));
        Assert.All(acknowledgements, a => Assert.Equal(AcknowledgementStatus.Pending, a.Status));
    }

    [Fact]
    public async Task A_supplier_level_supervision_reaches_every_member_with_an_active_agreement_with_the_supplier()
    {
        var world = await World.CreateAsync(database);

        var id = await SupervisionSteps.ReleasedAsync(world, itSystemId: null);

        await using var db = world.NewContext();
        var codes = await db.ReportAcknowledgements.Where(a => a.SupervisionId == id).Select(a => a.Municipality.Code)
            .OrderBy(c => c).ToListAsync();
        Assert.Equal(["730", "751", "791"], codes);
    }

    [Fact]
    public async Task Only_DBS_editors_take_supervision_steps()
    {
        var world = await World.CreateAsync(database);
        var id = await SupervisionSteps.PlanAsync(world);

        var bySupplier = await world.InNewContext(db => world.Supervisions(db).StartAsync(world.SupplierEditor, id));
        var byMunicipality = await world.InNewContext(db => world.Supervisions(db).StartAsync(world.Municipality("791"), id));
        var byReader = await world.InNewContext(db => world.Supervisions(db).StartAsync(world.DbsReader, id));
        var planBySupplier = await world.InNewContext(db => world.Supervisions(db).PlanAsync(world.SupplierEditor,
            new PlanSupervisionInput(world.SupplierId, world.SystemB, TestTemplate.Year, SupervisionMethod.Isae3000)));

        ResultAssert.Fails<Forbidden>(bySupplier.Error);
        ResultAssert.Fails<Forbidden>(byMunicipality.Error);
        ResultAssert.Fails<Forbidden>(byReader.Error);
        ResultAssert.Fails<Forbidden>(planBySupplier.Error);
    }

    [Fact]
    public async Task A_system_is_supervised_once_a_year()
    {
        var world = await World.CreateAsync(database);
        await SupervisionSteps.PlanAsync(world);

        var again = await world.InNewContext(db => world.Supervisions(db).PlanAsync(world.DbsAuthor,
            new PlanSupervisionInput(world.SupplierId, world.SystemA, TestTemplate.Year, SupervisionMethod.Isae3000)));

        ResultAssert.Fails<AlreadyExists>(again.Error);
    }

    [Fact]
    public async Task A_supervision_rests_on_the_same_suppliers_questionnaire_only()
    {
        var world = await World.CreateAsync(database);
        var other = await World.CreateAsync(database);
        var own = ResultAssert.Success(await world.InNewContext(db =>
            world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, TestTemplate.Year))).Id;
        var foreign = ResultAssert.Success(await world.InNewContext(db =>
            world.Questionnaires(db).OpenAsync(world.DbsAuthor, other.SupplierId, TestTemplate.Year))).Id;

        var planned = ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).PlanAsync(world.DbsAuthor,
            new PlanSupervisionInput(world.SupplierId, world.SystemA, TestTemplate.Year, SupervisionMethod.WrittenSupervision, own))));
        var wrong = await world.InNewContext(db => world.Supervisions(db).RestOnQuestionnaireAsync(world.DbsAuthor, planned.Id, foreign));

        Assert.Equal(own, planned.QuestionnaireId);
        ResultAssert.Fails<ValidationFailed>(wrong.Error);
    }

    private static async Task<InvalidTransition> Run(World world, Func<SupervisionService, Task<Result<Supervision>>> action)
    {
        await using var db = world.NewContext();
        var result = await action(world.Supervisions(db));
        return ResultAssert.Fails<InvalidTransition>(result.Error);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupervisionServiceTestsOnSqlite(SqliteDatabaseFixture database) : SupervisionServiceTests(database);

[Collection(PostgresCollection.Name)]
public sealed class SupervisionServiceTestsOnPostgres(PostgresDatabaseFixture database) : SupervisionServiceTests(database);
