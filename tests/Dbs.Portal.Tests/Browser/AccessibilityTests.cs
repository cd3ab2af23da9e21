using System.Text.Json;
using Dbs.Domain.Findings;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Supervisions;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Browser;

/// <summary>axe-core (tests/Dbs.Portal.Tests/axe, after `npm ci` there) on every page: no serious or critical violations.</summary>
public sealed class AccessibilityTests(DemoHost fixture, Chromium chromium) : IClassFixture<DemoHost>, IClassFixture<Chromium>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tilgaengelighedserklaering")]
    [InlineData("/udvikling/log-ind")]
    [InlineData("/konto/ukendt-leverandoer?cvr=11111114")]
    public async Task A_public_page_has_no_serious_or_critical_violations(string path)
    {
        await chromium.RunAsync("axe" + path.Replace('/', '-').Replace('?', '-'), fixture.Host.Address!, async page =>
        {
            await page.GotoAsync(path);
            await AssertNoSeriousViolationsAsync(page);
        }, bypassCsp: true);
    }

    [Theory]
    [InlineData("/oversigt")]
    [InlineData("/kontrolskema")]
    [InlineData("/underdatabehandlere")]
    [InlineData("/underdatabehandlere/ny")]
    public async Task A_suppliers_page_has_no_serious_or_critical_violations(string path)
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 9));

        await chromium.RunAsync("axe" + path.Replace('/', '-'), fixture.Host.Address!, async page =>
        {
            await SignInAsync(page, contactId, path);
            await AssertNoSeriousViolationsAsync(page);
        }, bypassCsp: true);
    }

    [Fact]
    public async Task The_receipt_and_the_error_summary_have_no_serious_or_critical_violations()
    {
        var (submitted, _) = await fixture.ContactAsync(db =>
            DemoHost.WithQuestionnaire(db, QuestionnaireStatus.Submitted).OrderBy(id => id).Take(1));
        var (draft, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 10));

        await chromium.RunAsync("axe-receipt-and-errors", fixture.Host.Address!, async page =>
        {
            await SignInAsync(page, submitted, "/kontrolskema/kvittering");
            await AssertNoSeriousViolationsAsync(page);
            await page.Context.ClearCookiesAsync();
            await SignInAsync(page, draft, "/kontrolskema");
            await page.GetByRole(AriaRole.Button, new() { Name = "Indsend skemaet" }).ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();
            await AssertNoSeriousViolationsAsync(page);
        }, bypassCsp: true);
    }

    [Fact]
    public async Task The_evidence_error_and_the_sub_processor_forms_with_errors_have_no_serious_or_critical_violations()
    {
        var (draft, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 11));
        var (withActive, actor) = await fixture.ContactAsync(db => db.SubProcessorEngagements
            .Where(e => e.Status == Domain.SubProcessors.EngagementStatus.Active).Select(e => e.SupplierId).Distinct().OrderBy(id => id).Take(1));
        var engagement = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements
            .Where(e => e.Status == Domain.SubProcessors.EngagementStatus.Active).Select(e => e.Id).FirstAsync());

        await chromium.RunAsync("axe-evidence-and-sub-processors", fixture.Host.Address!, async page =>
        {
            await SignInAsync(page, draft, "/kontrolskema");
            var upload = page.Locator(".upload").First;
            await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "a.pdf", MimeType = "application/pdf", Buffer = SamplePdf.Program() });
            await upload.GetByRole(AriaRole.Button, new() { Name = "Vedhæft fil" }).ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();
            await AssertNoSeriousViolationsAsync(page);

            await page.Context.ClearCookiesAsync();
            await SignInAsync(page, withActive, "/underdatabehandlere/ny");
            await page.GetByLabel("Land", new() { Exact = true }).FillAsync("US");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj og varsl kommunerne" }).ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();
            await AssertNoSeriousViolationsAsync(page);

            await page.GotoAsync($"/underdatabehandlere/{engagement}/afslut");
            await AssertNoSeriousViolationsAsync(page);
            await page.Locator("#til").FillAsync("2000-01-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Afslut underdatabehandleren" }).ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();
            await AssertNoSeriousViolationsAsync(page);
        }, bypassCsp: true);
    }

    [Fact]
    public async Task The_findings_pages_and_their_error_summary_have_no_serious_or_critical_violations()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => db.Findings
            .Where(f => f.Status == FindingStatus.Open && f.Supervision.Status == SupervisionStatus.Released)
            .Select(f => f.Supervision.SupplierId).OrderBy(id => id).Take(1));
        var findingId = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Findings.Where(f => f.Status == FindingStatus.Open).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());

        await chromium.RunAsync("axe-findings", fixture.Host.Address!, async page =>
        {
            await SignInAsync(page, contactId, "/fund");
            await AssertNoSeriousViolationsAsync(page);
            await page.GotoAsync($"/fund/{findingId}");
            await AssertNoSeriousViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Send svaret til DBS" }).ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();
            await AssertNoSeriousViolationsAsync(page);
        }, bypassCsp: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tilgaengelighedserklaering")]
    [InlineData("/oversigt")]
    [InlineData("/kontrolskema")]
    [InlineData("/fund")]
    [InlineData("/underdatabehandlere")]
    [InlineData("/underdatabehandlere/ny")]
    public async Task A_page_in_english_has_no_serious_or_critical_violations(string path)
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 12));

        await chromium.RunAsync("axe-en" + path.Replace('/', '-'), fixture.Host.Address!, async page =>
        {
            await SignInAsync(page, contactId, path == "/" ? "/oversigt" : path);
            await page.GotoAsync(path);
            Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
            await AssertNoSeriousViolationsAsync(page);
        }, bypassCsp: true, locale: "en-GB");
    }

    private static async Task SignInAsync(IPage page, int contactId, string returnUrl)
    {
        await page.GotoAsync("/udvikling/log-ind?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var button = page.Locator("button[name=contactId]").First;
        await button.EvaluateAsync("(b, id) => b.value = id", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await button.ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl);
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Path.Combine(OidcProvider.SourceFolder(), "axe", "node_modules", "axe-core", "axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')')");
        Assert.Empty(violations.EnumerateArray().Select(v => v.GetString()));
    }
}
