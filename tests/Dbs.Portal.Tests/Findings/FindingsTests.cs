using System.Net;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.Persistence;
using Dbs.Domain.Supervisions;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Portal.Tests.Findings;

public sealed class FindingsTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Lists_the_findings_of_released_reports_only_with_severity_kind_system_deadline_and_status()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => db.Findings
            .Where(f => f.Supervision.Status != SupervisionStatus.Released && f.Supervision.Status != SupervisionStatus.Closed)
            .Select(f => f.Supervision.SupplierId)
            .Where(id => db.Findings.Any(r => r.Supervision.SupplierId == id && r.Supervision.Status == SupervisionStatus.Released)));
        var (released, unreleased) = await fixture.Host.WithDatabaseAsync(async db =>
        {
            var all = await db.Findings.Where(f => f.Supervision.SupplierId == actor.OrganisationId)
                .Select(f => new { f.Id, f.Supervision.Status }).ToListAsync();
            return (all.Where(f => f.Status is SupervisionStatus.Released or SupervisionStatus.Closed).Select(f => f.Id).ToList(),
                all.Where(f => f.Status is not (SupervisionStatus.Released or SupervisionStatus.Closed)).Select(f => f.Id).ToList());
        });
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId, "/fund");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(unreleased);
        var links = page.Document.QuerySelectorAll("#fund-liste tbody tr td:first-child a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(released.Select(id => $"/fund/{id}").Order(), links.Order());
        Assert.All(unreleased, id => Assert.DoesNotContain($"/fund/{id}", links));
        var headers = page.Document.QuerySelectorAll("#fund-liste thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Fund", "Type", "Alvor", "System", "Frist for opfølgning", "Status"], headers);
        Assert.Equal("Fund", page.Text("nav a[aria-current=page]"));
    }

    [Fact]
    public async Task The_overview_links_each_finding_awaiting_a_response_to_its_page()
    {
        var (contactId, actor) = await OpenFindingAsync(0);
        var open = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Findings.Where(f => f.Status == FindingStatus.Open).Select(f => f.Id).ToListAsync());
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId);

        var links = page.Document.QuerySelectorAll("#fund-tabel a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(open.Select(id => $"/fund/{id}").Order(), links.Order());
    }

    [Fact]
    public async Task Responding_records_the_plan_and_the_date_and_shows_them_in_the_history()
    {
        var (contactId, actor, findingId) = await OpenFindingWithIdAsync(1);
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, $"/fund/{findingId}");
        Assert.Equal("Afventer jeres svar", page.Text("#fund-status"));

        var answered = await user.SubmitAsync(page, page.Form("#svar-formular"), new Dictionary<string, string>
        {
            ["Input.Response"] = "Vi indfører MFA for alle administratorer.",
            ["Input.PlannedRemediationOn"] = "2027-02-01",
        });

        Assert.Equal($"/fund/{findingId}", answered.Url.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, user.Hops[0].StatusCode);
        Assert.Equal("Jeres svar er sendt til DBS.", answered.Text("p[role=status]"));
        Assert.Equal("Besvaret – afventer DBS", answered.Text("#fund-status"));
        Assert.Equal("Vi indfører MFA for alle administratorer.", answered.Text("#seneste-svar"));
        Assert.Contains("1. februar 2027", answered.Text("#jeres-svar + p, section[aria-labelledby=jeres-svar]"), StringComparison.Ordinal);
        var lastStep = answered.Document.QuerySelectorAll("#fund-historik tbody tr").Last();
        Assert.Contains("Besvaret af leverandøren", lastStep.TextContent, StringComparison.Ordinal);
        Assert.Contains(actor.DisplayName, lastStep.TextContent, StringComparison.Ordinal);
        Assert.Null(answered.Find("#svar-formular"));
        var stored = await fixture.ReadAsync(actor, (scope, _) => scope.Findings.Where(f => f.Id == findingId)
            .Select(f => new { f.Status, f.SupplierResponse, f.PlannedRemediationOn }).SingleAsync());
        Assert.Equal(FindingStatus.Responded, stored.Status);
        Assert.Equal("Vi indfører MFA for alle administratorer.", stored.SupplierResponse);
        Assert.Equal(new DateOnly(2027, 2, 1), stored.PlannedRemediationOn);
    }

    [Fact]
    public async Task An_empty_response_is_linked_in_the_error_summary_and_the_date_typed_is_kept()
    {
        var (contactId, actor, findingId) = await OpenFindingWithIdAsync(2);
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, $"/fund/{findingId}");

        var result = await user.SubmitAsync(page, page.Form("#svar-formular"), new Dictionary<string, string>
        {
            ["Input.Response"] = "  ",
            ["Input.PlannedRemediationOn"] = "2027-03-15",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Fejl: ", result.Document.Title, StringComparison.Ordinal);
        var link = Assert.Single(result.Document.QuerySelectorAll(".error-summary a"));
        Assert.Equal("#svar", link.GetAttribute("href"));
        Assert.NotNull(result.Find("textarea#svar[aria-describedby~='svar-fejl']"));
        Assert.Equal("2027-03-15", result.Find("#planlagt-dato")!.GetAttribute("value"));
        var status = await fixture.ReadAsync(actor, (scope, _) => scope.Findings.Where(f => f.Id == findingId).Select(f => f.Status).SingleAsync());
        Assert.Equal(FindingStatus.Open, status);
    }

    [Fact]
    public async Task An_invalid_date_is_linked_in_the_error_summary_and_the_response_typed_is_kept()
    {
        var (contactId, _, findingId) = await OpenFindingWithIdAsync(3);
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, $"/fund/{findingId}");

        var result = await user.SubmitAsync(page, page.Form("#svar-formular"), new Dictionary<string, string>
        {
            ["Input.Response"] = "Vi retter logningen.",
            ["Input.PlannedRemediationOn"] = "31-02-2027",
        });

        Assert.Equal("#planlagt-dato", result.Find(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Vi retter logningen.", result.Find("textarea#svar")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_colleagues_response_in_the_meantime_is_shown_and_the_unsent_response_is_kept()
    {
        var (contactId, actor, findingId) = await OpenFindingWithIdAsync(4);
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, $"/fund/{findingId}");
        await fixture.Host.WithDatabaseAsync(async db =>
        {
            using var scope = fixture.Host.Services.CreateScope();
            var colleague = Actor.ForSupplier(actor.OrganisationId!.Value, "colleague", "Kollega Karlsen");
            var responded = await scope.ServiceProvider.GetRequiredService<FindingService>()
                .RespondAsync(colleague, findingId, "Kollegaens plan.", null);
            Assert.True(responded.IsSuccess);
            return 0;
        });

        var result = await user.SubmitAsync(page, page.Form("#svar-formular"), new Dictionary<string, string>
        {
            ["Input.Response"] = "Min plan.",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("#svar", result.Find(".error-summary a")!.GetAttribute("href"));
        Assert.Contains("ændret, mens du skrev", result.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Kollegaens plan.", result.Text("#seneste-svar"));
        Assert.Contains("Min plan.", result.Text("#ikke-sendt"), StringComparison.Ordinal);
        var stored = await fixture.ReadAsync(actor, (scope, _) => scope.Findings.Where(f => f.Id == findingId).Select(f => f.SupplierResponse).SingleAsync());
        Assert.Equal("Kollegaens plan.", stored);
    }

    [Fact]
    public async Task Another_suppliers_finding_is_not_found()
    {
        var (contactId, actor) = await OpenFindingAsync(0);
        var others = await fixture.Host.WithDatabaseAsync(db => db.Findings
            .Where(f => f.Supervision.SupplierId != actor.OrganisationId && f.Supervision.Status == SupervisionStatus.Released)
            .Select(f => f.Id).FirstAsync());
        using var user = fixture.NewUser();
        await DemoHost.SignInAsync(user, contactId);

        var page = await user.GetAsync($"/fund/{others}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    /// <summary>A contact of the <paramref name="nth"/> supplier with an open finding in a released report.</summary>
    private Task<(int ContactId, Actor Actor)> OpenFindingAsync(int nth) =>
        fixture.ContactAsync(db => SuppliersWithOpenFindings(db).Skip(nth).Take(1));

    private async Task<(int ContactId, Actor Actor, int FindingId)> OpenFindingWithIdAsync(int nth)
    {
        var (contactId, actor) = await OpenFindingAsync(nth);
        var findingId = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Findings.Where(f => f.Status == FindingStatus.Open).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
        return (contactId, actor, findingId);
    }

    private static IQueryable<int> SuppliersWithOpenFindings(DbsDbContext db) =>
        db.Findings.Where(f => f.Status == FindingStatus.Open && f.Supervision.Status == SupervisionStatus.Released)
            .Select(f => f.Supervision.SupplierId).Distinct().OrderBy(id => id);
}
