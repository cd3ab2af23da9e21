using System.Net;
using Dbs.Domain.Agreements;
using Dbs.Domain.Findings;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Portal.Tests.Overview;

public sealed class OverviewTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task Shows_this_years_questionnaire_with_its_status_deadline_and_progress()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithQuestionnaire(db, QuestionnaireStatus.Draft));
        var expected = await fixture.Host.WithDatabaseAsync(async db =>
        {
            var id = await db.Questionnaires.Where(q => q.SupplierId == actor.OrganisationId && q.Year == DemoHost.Year)
                .Select(q => new { q.Id, q.Deadline }).SingleAsync();
            using var scope = fixture.Host.Services.CreateScope();
            var progress = await scope.ServiceProvider.GetRequiredService<QuestionnaireService>().GetProgressAsync(actor, id.Id);
            return (progress.Value, id.Deadline!.Value);
        });
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/oversigt", page.Url.AbsolutePath);
        Assert.Equal("Under udfyldelse", page.Text("#skema-status"));
        Assert.Equal("Oversigt", page.Text("nav a[aria-current=page]"));
        Assert.Equal(expected.Item2.ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da-DK")), page.Text("#skema-frist"));
        Assert.StartsWith($"{expected.Item1.AnsweredRequired} af {expected.Item1.Required} obligatoriske spørgsmål",
            page.Text("#skema-fremdrift"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_how_many_agreements_with_how_many_municipalities_the_one_questionnaire_covers()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithQuestionnaire(db, QuestionnaireStatus.NotStarted));
        var (agreements, municipalities) = await fixture.ReadAsync(actor, async (scope, _) =>
        {
            var covered = await scope.Agreements.CoveredByQuestionnaireOf(actor.OrganisationId!.Value).Select(a => a.MunicipalityId).ToListAsync();
            return (covered.Count, covered.Distinct().Count());
        });
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId);

        Assert.True(municipalities > 1);
        Assert.Equal($"Skemaet dækker {agreements} aftaler med {municipalities} kommuner", page.Text("#daekning"));
        Assert.Equal(agreements, page.Document.QuerySelectorAll("details table tbody tr").Length);
        Assert.Equal("Ikke påbegyndt", page.Text("#skema-status"));
    }

    [Fact]
    public async Task Lists_the_findings_that_await_the_suppliers_response()
    {
        var (contactId, actor) = await fixture.ContactAsync(db =>
            db.Findings.Where(f => f.Status == FindingStatus.Open).Select(f => f.Supervision.SupplierId));
        var open = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Findings.Where(f => f.Status == FindingStatus.Open).Select(f => f.Text).ToListAsync());
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId);

        Assert.NotEmpty(open);
        var rows = page.Document.QuerySelectorAll("#fund-tabel tbody tr");
        Assert.Equal(open.Count, rows.Length);
        Assert.All(open, text => Assert.Contains(rows, row => row.TextContent.Contains(text, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Lists_announced_sub_processors_whose_objection_period_is_still_open()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => db.SubProcessorEngagements
            .Where(e => e.Status == EngagementStatus.Notified && e.ObjectionDeadline >= Today).Select(e => e.SupplierId));
        var announced = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements
            .Where(e => e.Status == EngagementStatus.Notified && e.ObjectionDeadline >= Today).Select(e => e.SubProcessor.Name).ToListAsync());
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId);

        Assert.NotEmpty(announced);
        var rows = page.Document.QuerySelectorAll("#underdatabehandler-tabel tbody tr");
        Assert.Equal(announced.Count, rows.Length);
        Assert.All(announced, name => Assert.Contains(rows, row => row.TextContent.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_a_session_the_overview_sends_the_user_to_sign_in_and_back()
    {
        using var user = fixture.NewUser();

        await user.GetAsync("/oversigt");

        Assert.Equal(HttpStatusCode.Redirect, user.Hops[0].StatusCode);
        Assert.Equal("/konto/log-ind", user.Hops[0].Headers.Location!.AbsolutePath);
        Assert.Contains("returnUrl=%2Foversigt", user.Hops[0].Headers.Location!.Query, StringComparison.Ordinal);
    }
}
