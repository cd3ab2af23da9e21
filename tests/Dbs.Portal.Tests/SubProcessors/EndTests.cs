using System.Globalization;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Tests.SubProcessors;

public sealed class EndTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Ending_an_active_sub_processor_records_the_last_day()
    {
        var (contactId, actor, id) = await EngagementAsync(EngagementStatus.Active, 0);
        using var user = fixture.NewUser();
        var form = await DemoHost.SignInAsync(user, contactId, $"/underdatabehandlere/{id}/afslut");

        var page = await user.SubmitAsync(form, form.Form("main form"), new Dictionary<string, string> { ["To"] = "2026-11-30" });

        Assert.Equal("/underdatabehandlere", page.Url.AbsolutePath);
        Assert.EndsWith("er afsluttet pr. 30. november 2026.", page.Text("#varslet"), StringComparison.Ordinal);
        var ended = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements.Where(e => e.Id == id).Select(e => new { e.Status, e.To }).SingleAsync());
        Assert.Equal((EngagementStatus.Ended, (DateOnly?)new DateOnly(2026, 11, 30)), (ended.Status, ended.To));
        Assert.NotNull(page.Find($"#tidligere-register #engagement-{id}"));
    }

    [Fact]
    public async Task An_end_before_the_start_is_reported_against_the_date()
    {
        var (contactId, actor, id) = await EngagementAsync(EngagementStatus.Active, 1);
        var from = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements.Where(e => e.Id == id).Select(e => e.From).SingleAsync());
        using var user = fixture.NewUser();
        var form = await DemoHost.SignInAsync(user, contactId, $"/underdatabehandlere/{id}/afslut");
        var before = from.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await user.SubmitAsync(form, form.Form("main form"), new Dictionary<string, string> { ["To"] = before });

        var link = Assert.Single(page.Document.QuerySelectorAll(".error-summary a"));
        Assert.Equal("#til", link.GetAttribute("href"));
        Assert.Equal(before, page.Find("#til")!.GetAttribute("value"));
        Assert.Equal(EngagementStatus.Active, await fixture.ReadAsync(actor, (scope, _) => scope.Engagements.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Withdrawing_an_announced_sub_processor_closes_it()
    {
        var (contactId, actor, id) = await EngagementAsync(EngagementStatus.Notified, 0);
        using var user = fixture.NewUser();
        var form = await DemoHost.SignInAsync(user, contactId, $"/underdatabehandlere/{id}/afslut");

        var page = await user.SubmitAsync(form, form.Form("main form"), submitter: form.Button("Træk varslingen tilbage"));

        Assert.Equal("/underdatabehandlere", page.Url.AbsolutePath);
        Assert.Equal(EngagementStatus.Withdrawn, await fixture.ReadAsync(actor, (scope, _) => scope.Engagements.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_change_made_meanwhile_in_another_tab_is_shown_instead_of_overridden()
    {
        var (contactId, actor, id) = await EngagementAsync(EngagementStatus.Active, 2);
        using var user = fixture.NewUser();
        var firstTab = await DemoHost.SignInAsync(user, contactId, $"/underdatabehandlere/{id}/afslut");
        var secondTab = await user.GetAsync($"/underdatabehandlere/{id}/afslut");
        await user.SubmitAsync(secondTab, secondTab.Form("main form"), new Dictionary<string, string> { ["To"] = "2026-12-31" });

        var page = await user.SubmitAsync(firstTab, firstTab.Form("main form"), new Dictionary<string, string> { ["To"] = "2026-11-30" });

        Assert.StartsWith("Fejl: ", page.Document.Title, StringComparison.Ordinal);
        var link = Assert.Single(page.Document.QuerySelectorAll(".error-summary a"));
        Assert.StartsWith("En anden har ændret underdatabehandleren", link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find(link.GetAttribute("href")!));
        Assert.Equal("Ophørt", page.Text("#status"));
        var to = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements.Where(e => e.Id == id).Select(e => e.To).SingleAsync());
        Assert.Equal(new DateOnly(2026, 12, 31), to);
    }

    [Fact]
    public async Task Another_suppliers_engagement_is_not_found()
    {
        var (contactId, _, _) = await EngagementAsync(EngagementStatus.Active, 3);
        var (_, _, others) = await EngagementAsync(EngagementStatus.Active, 4);
        using var user = fixture.NewUser();
        await DemoHost.SignInAsync(user, contactId);

        var page = await user.GetAsync($"/underdatabehandlere/{others}/afslut");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
    }

    /// <summary>The <paramref name="nth"/> supplier (by id) with an engagement in <paramref name="status"/>, and that engagement.</summary>
    private async Task<(int ContactId, Dbs.Domain.Common.Actor Actor, int EngagementId)> EngagementAsync(EngagementStatus status, int nth)
    {
        var engagement = await fixture.Host.WithDatabaseAsync(db => db.SubProcessorEngagements.Where(e => e.Status == status)
            .GroupBy(e => e.SupplierId).Select(g => new { SupplierId = g.Key, Id = g.Min(e => e.Id) })
            .OrderBy(x => x.SupplierId).Skip(nth).FirstAsync());
        var (contactId, actor) = await fixture.ContactAsync(db => db.Suppliers.Where(s => s.Id == engagement.SupplierId).Select(s => s.Id));
        return (contactId, actor, engagement.Id);
    }
}
