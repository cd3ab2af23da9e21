using System.Net;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Tests.SubProcessors;

public sealed class RegisterTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task The_register_lists_every_engagement_of_the_supplier_and_flags_third_countries_with_the_reason()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => db.SubProcessorEngagements
            .Where(e => !Countries.EeaList.Contains(e.SubProcessor.CountryCode) && e.Status == EngagementStatus.Active)
            .Select(e => e.SupplierId).Distinct().OrderBy(id => id).Take(1));
        var engagements = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements
            .Select(e => new { e.Id, e.SubProcessor.CountryCode }).ToListAsync());
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId, "/underdatabehandlere");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Underdatabehandlere", page.Heading);
        Assert.Equal(engagements.Count, page.Document.QuerySelectorAll("table.register tbody tr").Length);
        foreach (var engagement in engagements)
        {
            var flagged = page.Find($"#engagement-{engagement.Id} .flag") is not null;
            Assert.Equal(!Countries.IsInEea(engagement.CountryCode), flagged);
        }

        Assert.Contains("kapitel V", page.Text("#tredjelande"), StringComparison.Ordinal);
        Assert.Equal("page", page.Find("nav a[href='/underdatabehandlere']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task A_notified_engagement_shows_its_objection_window_and_the_overview_links_to_the_register()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => db.SubProcessorEngagements
            .Where(e => e.Status == EngagementStatus.Notified && e.ObjectionWindows.Any())
            .Select(e => e.SupplierId).Distinct().OrderBy(id => id).Take(1));
        var notified = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements
            .Where(e => e.Status == EngagementStatus.Notified && e.ObjectionWindows.Any())
            .Select(e => new { e.Id, Windows = e.ObjectionWindows.Count() }).FirstAsync());
        using var user = fixture.NewUser();

        var overview = await DemoHost.SignInAsync(user, contactId);
        var page = await user.GetAsync(overview.Find("#underdatabehandlere-link")!.GetAttribute("href")!);

        Assert.Equal("/underdatabehandlere", page.Url.AbsolutePath);
        Assert.StartsWith($"{notified.Windows} kommune", page.Text($"#engagement-{notified.Id} .objection-window"), StringComparison.Ordinal);
        Assert.Contains("Indsigelsesfrist", page.Text($"#engagement-{notified.Id} .objection-window"), StringComparison.Ordinal);
    }
}
