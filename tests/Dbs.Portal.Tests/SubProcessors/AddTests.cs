using System.Globalization;
using System.Net;
using Dbs.Domain.Agreements;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Tests.SubProcessors;

public sealed class AddTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Adding_a_new_us_sub_processor_notifies_the_affected_municipalities_and_shows_until_when_they_can_object()
    {
        var (contactId, actor, systemId) = await SupplierWithCoveredSystemAsync(0);
        using var user = fixture.NewUser();
        var form = await DemoHost.SignInAsync(user, contactId, "/underdatabehandlere/ny");

        var page = await user.SubmitAsync(form, form.Form("#tilfoej"), new Dictionary<string, string>
        {
            ["Input.Name"] = "Nimbus Cloud Inc.",
            ["Input.CountryCode"] = "us",
            ["Input.ForeignRegistrationId"] = "EIN 12-3456789",
            ["Input.ServiceDescription"] = "Hosting af backup",
            ["Input.TransferBasis"] = nameof(TransferBasis.EuUsDataPrivacyFramework),
            ["Input.SystemIds"] = systemId.ToString(CultureInfo.InvariantCulture),
        });

        var engagement = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements
            .Where(e => e.SubProcessor.Name == "Nimbus Cloud Inc.")
            .Select(e => new { e.Id, e.Status, e.SubProcessor.CountryCode, e.ObjectionDeadline, e.From, Windows = e.ObjectionWindows.Count() })
            .SingleAsync());
        Assert.Equal("/underdatabehandlere", page.Url.AbsolutePath);
        Assert.True(engagement.Windows > 0);
        Assert.Equal((EngagementStatus.Notified, "US", new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 24)),
            (engagement.Status, engagement.CountryCode, engagement.ObjectionDeadline, engagement.From));
        Assert.Equal($"Nimbus Cloud Inc. er varslet til {engagement.Windows} kommuner. De kan gøre indsigelse til og med 23. december 2026.",
            page.Text("#varslet"));
        Assert.NotNull(page.Find($"#engagement-{engagement.Id} .flag"));
        Assert.Contains("Indsigelsesfrist 23. december 2026", page.Text($"#engagement-{engagement.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_already_registered_sub_processor_can_be_engaged_for_another_system()
    {
        var (contactId, actor, systemId) = await SupplierWithCoveredSystemAsync(1);
        var existing = await fixture.ReadAsync(actor, (scope, _) => scope.SubProcessors.OrderBy(s => s.Name).Select(s => s.Id).FirstAsync());
        var before = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements.CountAsync(e => e.SubProcessorId == existing));
        using var user = fixture.NewUser();
        var form = await DemoHost.SignInAsync(user, contactId, "/underdatabehandlere/ny");

        var page = await user.SubmitAsync(form, form.Form("#tilfoej"), new Dictionary<string, string>
        {
            ["Input.ExistingId"] = existing.ToString(CultureInfo.InvariantCulture),
            ["Input.SystemIds"] = systemId.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal("/underdatabehandlere", page.Url.AbsolutePath);
        Assert.Contains("er varslet til", page.Text("#varslet"), StringComparison.Ordinal);
        Assert.Equal(before + 1, await fixture.ReadAsync(actor, (scope, _) => scope.Engagements.CountAsync(e => e.SubProcessorId == existing)));
    }

    [Fact]
    public async Task A_third_country_without_a_transfer_basis_and_no_systems_are_reported_together_with_the_input_kept()
    {
        var (contactId, _, _) = await SupplierWithCoveredSystemAsync(2);
        var registered = await fixture.Host.WithDatabaseAsync(db => db.SubProcessors.CountAsync());
        using var user = fixture.NewUser();
        var form = await DemoHost.SignInAsync(user, contactId, "/underdatabehandlere/ny");

        var page = await user.SubmitAsync(form, form.Form("#tilfoej"), new Dictionary<string, string>
        {
            ["Input.Name"] = "",
            ["Input.CountryCode"] = "US",
            ["Input.ForeignRegistrationId"] = "EIN 98-7654321",
            ["Input.ServiceDescription"] = "Support fra USA",
            ["Input.TransferBasis"] = nameof(TransferBasis.WithinEea),
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Fejl: ", page.Document.Title, StringComparison.Ordinal);
        var links = page.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#navn", "#grundlag", "#system-0"], links);
        Assert.All(links, href => Assert.NotNull(page.Find(href!)));
        Assert.Equal("US ligger uden for EU/EØS: vælg overførselsgrundlaget.", page.Text("#grundlag-fejl"));
        Assert.Contains("grundlag-fejl", page.Find("#grundlag")!.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("US", page.Find("#land")!.GetAttribute("value"));
        Assert.Equal("Support fra USA", page.Find("#ydelse")!.TextContent);
        Assert.Equal(registered, await fixture.Host.WithDatabaseAsync(db => db.SubProcessors.CountAsync()));
    }

    [Fact]
    public async Task A_danish_sub_processor_needs_a_valid_cvr_number()
    {
        var (contactId, _, systemId) = await SupplierWithCoveredSystemAsync(3);
        using var user = fixture.NewUser();
        var form = await DemoHost.SignInAsync(user, contactId, "/underdatabehandlere/ny");

        var page = await user.SubmitAsync(form, form.Form("#tilfoej"), new Dictionary<string, string>
        {
            ["Input.Name"] = "Jysk Drift ApS",
            ["Input.CountryCode"] = "DK",
            ["Input.Cvr"] = "12345678",
            ["Input.ServiceDescription"] = "Drift",
            ["Input.SystemIds"] = systemId.ToString(CultureInfo.InvariantCulture),
        });

        var link = Assert.Single(page.Document.QuerySelectorAll(".error-summary a"));
        Assert.Equal("#cvr", link.GetAttribute("href"));
        Assert.Equal("12345678", page.Find("#cvr")!.GetAttribute("value"));
    }

    /// <summary>A contact of the <paramref name="nth"/> supplier with a system under an active agreement, and that system.</summary>
    private async Task<(int ContactId, Dbs.Domain.Common.Actor Actor, int SystemId)> SupplierWithCoveredSystemAsync(int nth)
    {
        var system = await fixture.Host.WithDatabaseAsync(db => db.AgreementSystems
            .Where(x => x.Agreement.Status == AgreementStatus.Active)
            .Select(x => new { x.ItSystemId, x.ItSystem.SupplierId })
            .Distinct().OrderBy(x => x.SupplierId).ThenBy(x => x.ItSystemId)
            .GroupBy(x => x.SupplierId).Select(g => new { SupplierId = g.Key, ItSystemId = g.Min(x => x.ItSystemId) })
            .OrderBy(x => x.SupplierId).Skip(nth).FirstAsync());
        var (contactId, actor) = await fixture.ContactAsync(db => db.Suppliers.Where(s => s.Id == system.SupplierId).Select(s => s.Id));
        return (contactId, actor, system.ItSystemId);
    }
}
