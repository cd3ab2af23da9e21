using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Access;

/// <summary>
/// Two suppliers' worlds side by side; every query is narrowed to the two worlds, since the database is shared.
/// </summary>
public abstract class AccessScopeTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_municipality_sees_its_own_agreements_only()
    {
        var (mine, theirs) = await TwoWorlds();

        var ids = await Query(mine, mine.Municipality("730"), s => s.Agreements.Where(a => Suppliers(mine, theirs).Contains(a.SupplierId))
            .Select(a => a.Id));

        Assert.Equal([mine.AgreementIds["730"], theirs.AgreementIds["730"]], ids.Order());
    }

    [Fact]
    public async Task A_municipality_sees_supervisions_of_systems_it_has_agreements_for_and_their_findings_once_released()
    {
        var (world, _) = await TwoWorlds();
        var systemA = await SupervisionSteps.InProgressAsync(world);
        ResultAssert.Success(await world.InNewContext(db => world.Findings(db).RecordAsync(world.DbsAuthor, systemA,
            new FindingInput(FindingKind.Remark, FindingSeverity.Low, null, "Udkast", null))));
        var systemB = await SupervisionSteps.InPeerReviewAsync(world, world.SystemB);
        ResultAssert.Success(await world.InNewContext(db => world.Findings(db).RecordAsync(world.DbsAuthor, systemB,
            new FindingInput(FindingKind.Deviation, FindingSeverity.High, "10", "Brud ikke anmeldt", null))));
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).ApprovePeerReviewAsync(world.DbsReviewer, systemB)));
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).ReleaseAsync(world.DbsAuthor, systemB)));

        var viborg = await Query(world, world.Municipality("791"), s => s.Supervisions.Where(x => x.SupplierId == world.SupplierId).Select(x => x.Id));
        var randers = await Query(world, world.Municipality("730"), s => s.Supervisions.Where(x => x.SupplierId == world.SupplierId).Select(x => x.Id));
        var copenhagen = await Query(world, world.Municipality("101"), s => s.Supervisions.Where(x => x.SupplierId == world.SupplierId).Select(x => x.Id));
        var viborgFindings = await Query(world, world.Municipality("791"), s => s.Findings.Where(f => f.Supervision.SupplierId == world.SupplierId).Select(f => f.Text));
        var randersFindings = await Query(world, world.Municipality("730"), s => s.Findings.Where(f => f.Supervision.SupplierId == world.SupplierId).Select(f => f.Text));
        var randersAcknowledgements = await Query(world, world.Municipality("730"), s => s.Acknowledgements.Where(a => a.SupervisionId == systemB).Select(a => a.MunicipalityId));

        Assert.Equal([systemA], viborg);
        Assert.Equal([systemB], randers);
        Assert.Empty(copenhagen);
        Assert.Empty(viborgFindings);
        Assert.Equal(["Brud ikke anmeldt"], randersFindings);
        Assert.Equal([world.MunicipalityIds["730"]], randersAcknowledgements);
    }

    [Fact]
    public async Task A_municipality_sees_its_suppliers_their_systems_it_uses_and_the_sub_processors_that_concern_it()
    {
        var (mine, theirs) = await TwoWorlds();
        var engagement = await Engage(mine, mine.SystemB);

        var suppliers = await Query(mine, mine.Municipality("730"), s => s.Suppliers.Where(x => Suppliers(mine, theirs).Contains(x.Id)).Select(x => x.Id));
        var systems = await Query(mine, mine.Municipality("730"), s => s.ItSystems.Where(x => x.SupplierId == mine.SupplierId).Select(x => x.Id));
        var randersEngagements = await Query(mine, mine.Municipality("730"), s => s.Engagements.Where(e => e.SupplierId == mine.SupplierId).Select(e => e.Id));
        var viborgEngagements = await Query(mine, mine.Municipality("791"), s => s.Engagements.Where(e => e.SupplierId == mine.SupplierId).Select(e => e.Id));
        var randersSubProcessors = await Query(mine, mine.Municipality("730"), s => s.SubProcessors.Where(x => x.Id == engagement.SubProcessorId).Select(x => x.Id));
        var viborgWindows = await Query(mine, mine.Municipality("791"), s => s.ObjectionWindows.Where(w => w.EngagementId == engagement.Id).Select(w => w.Id));

        Assert.Equal(Suppliers(mine, theirs).Order(), suppliers.Order());
        Assert.Equal([mine.SystemA, mine.SystemB], systems.Order());
        Assert.Equal([engagement.Id], randersEngagements);
        Assert.Empty(viborgEngagements);
        Assert.Equal([engagement.SubProcessorId], randersSubProcessors);
        Assert.Empty(viborgWindows);
    }

    [Fact]
    public async Task A_supplier_sees_its_own_agreements_questionnaires_engagements_and_released_findings_only()
    {
        var (mine, theirs) = await TwoWorlds();
        await OpenQuestionnaire(mine);
        await OpenQuestionnaire(theirs);
        var myEngagement = await Engage(mine, mine.SystemA);
        await Engage(theirs, theirs.SystemA);
        var released = await SupervisionSteps.InPeerReviewAsync(mine);
        ResultAssert.Success(await mine.InNewContext(db => mine.Findings(db).RecordAsync(mine.DbsAuthor, released,
            new FindingInput(FindingKind.Recommendation, FindingSeverity.Low, "C.5", "Dokumentér lokationer", null))));
        ResultAssert.Success(await mine.InNewContext(db => mine.Supervisions(db).ApprovePeerReviewAsync(mine.DbsReviewer, released)));
        ResultAssert.Success(await mine.InNewContext(db => mine.Supervisions(db).ReleaseAsync(mine.DbsAuthor, released)));
        var draft = await SupervisionSteps.InProgressAsync(mine, mine.SystemB);
        ResultAssert.Success(await mine.InNewContext(db => mine.Findings(db).RecordAsync(mine.DbsAuthor, draft,
            new FindingInput(FindingKind.Remark, FindingSeverity.Low, null, "Udkast", null))));
        var both = Suppliers(mine, theirs);
        var me = mine.SupplierEditor;

        Assert.Equal(mine.AgreementIds.Values.Order(), (await Query(mine, me, s => s.Agreements.Where(a => both.Contains(a.SupplierId)).Select(a => a.Id))).Order());
        Assert.Equal([mine.SupplierId], await Query(mine, me, s => s.Questionnaires.Where(q => both.Contains(q.SupplierId)).Select(q => q.SupplierId)));
        Assert.Equal([myEngagement.Id], await Query(mine, me, s => s.Engagements.Where(e => both.Contains(e.SupplierId)).Select(e => e.Id)));
        Assert.Equal(["Dokumentér lokationer"], await Query(mine, me, s => s.Findings.Where(f => both.Contains(f.Supervision.SupplierId)).Select(f => f.Text)));
        Assert.Equal([mine.SupplierId], await Query(mine, me, s => s.Suppliers.Where(x => both.Contains(x.Id)).Select(x => x.Id)));
        Assert.Empty(await Query(mine, me, s => s.Acknowledgements.Where(a => a.SupervisionId == released).Select(a => a.Id)));
        Assert.Empty(await Query(mine, me, s => s.AuditEvents.Select(e => e.Id)));
    }

    [Fact]
    public async Task DBS_staff_see_everything_of_both_suppliers()
    {
        var (mine, theirs) = await TwoWorlds();
        await OpenQuestionnaire(mine);
        await OpenQuestionnaire(theirs);
        var both = Suppliers(mine, theirs);

        Assert.Equal(8, (await Query(mine, mine.DbsReader, s => s.Agreements.Where(a => both.Contains(a.SupplierId)).Select(a => a.Id))).Count);
        Assert.Equal(2, (await Query(mine, mine.DbsReader, s => s.Questionnaires.Where(q => both.Contains(q.SupplierId)).Select(q => q.Id))).Count);
        Assert.NotEmpty(await Query(mine, mine.DbsReader, s => s.AuditEvents.Select(e => e.Id)));
    }

    [Fact]
    public async Task An_anonymous_caller_sees_nothing()
    {
        var (mine, _) = await TwoWorlds();
        await OpenQuestionnaire(mine);

        await using var db = mine.NewContext();
        var scope = new AccessScope(db, null);
        Assert.Equal(0, await scope.Municipalities.CountAsync());
        Assert.Equal(0, await scope.Suppliers.CountAsync());
        Assert.Equal(0, await scope.ItSystems.CountAsync());
        Assert.Equal(0, await scope.Agreements.CountAsync());
        Assert.Equal(0, await scope.SubProcessors.CountAsync());
        Assert.Equal(0, await scope.Engagements.CountAsync());
        Assert.Equal(0, await scope.ObjectionWindows.CountAsync());
        Assert.Equal(0, await scope.QuestionnaireTemplates.CountAsync());
        Assert.Equal(0, await scope.Questionnaires.CountAsync());
        Assert.Equal(0, await scope.Answers.CountAsync());
        Assert.Equal(0, await scope.Supervisions.CountAsync());
        Assert.Equal(0, await scope.Findings.CountAsync());
        Assert.Equal(0, await scope.Acknowledgements.CountAsync());
        Assert.Equal(0, await scope.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task Every_signed_in_actor_sees_the_98_municipalities_and_published_templates()
    {
        var (mine, _) = await TwoWorlds();

        await using var db = mine.NewContext();
        foreach (var actor in new[] { mine.SupplierReader, mine.Municipality("101"), mine.DbsReader })
        {
            var scope = new AccessScope(db, actor);
            Assert.Equal(98, await scope.Municipalities.CountAsync());
            Assert.True(await scope.QuestionnaireTemplates.AnyAsync(t => t.Year == TestTemplate.Year));
        }
    }

    private async Task<(World Mine, World Theirs)> TwoWorlds() =>
        (await World.CreateAsync(database), await World.CreateAsync(database));

    private static int[] Suppliers(World mine, World theirs) => [mine.SupplierId, theirs.SupplierId];

    private static async Task<List<T>> Query<T>(World world, Actor actor, Func<AccessScope, IQueryable<T>> query)
    {
        await using var db = world.NewContext();
        return await query(new AccessScope(db, actor)).ToListAsync();
    }

    private static async Task OpenQuestionnaire(World world) =>
        ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, TestTemplate.Year)));

    private static async Task<SubProcessorEngagement> Engage(World world, int systemId)
    {
        var subProcessor = ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).RegisterAsync(world.SupplierEditor,
            new SubProcessorInput("Support Partner Ltd", null, "UK 0123456", "GB", "Support", TransferBasis.AdequacyDecision)))).Id;
        return ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).EngageAsync(world.SupplierEditor,
            new EngageSubProcessorInput(world.SupplierId, subProcessor, [systemId], new DateOnly(2031, 5, 1)))));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccessScopeTestsOnSqlite(SqliteDatabaseFixture database) : AccessScopeTests(database);

[Collection(PostgresCollection.Name)]
public sealed class AccessScopeTestsOnPostgres(PostgresDatabaseFixture database) : AccessScopeTests(database);
