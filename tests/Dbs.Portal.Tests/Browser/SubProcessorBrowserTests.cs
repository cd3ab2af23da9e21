using Dbs.Domain.Agreements;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Browser;

public sealed class SubProcessorBrowserTests(DemoHost fixture, Chromium chromium) : IClassFixture<DemoHost>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_new_us_sub_processor_is_in_the_register_flagged_as_a_third_country_with_its_objection_window()
    {
        var system = await fixture.Host.WithDatabaseAsync(db => db.AgreementSystems
            .Where(x => x.Agreement.Status == AgreementStatus.Active)
            .OrderBy(x => x.ItSystem.SupplierId).ThenBy(x => x.ItSystemId)
            .Select(x => new { x.ItSystemId, x.ItSystem.SupplierId }).FirstAsync());
        var (contactId, _) = await fixture.ContactAsync(db => db.Suppliers.Where(s => s.Id == system.SupplierId).Select(s => s.Id));

        await chromium.RunAsync(nameof(A_new_us_sub_processor_is_in_the_register_flagged_as_a_third_country_with_its_objection_window), fixture.Host.Address!, async page =>
        {
            await BrowserSignIn.AsContactAsync(page, contactId, "/underdatabehandlere");
            await page.GetByRole(AriaRole.Link, new() { Name = "Tilføj en underdatabehandler" }).ClickAsync();

            await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Stratus Analytics LLC");
            await page.GetByLabel("Land", new() { Exact = true }).FillAsync("US");
            await page.GetByLabel("Udenlandsk registreringsnummer").FillAsync("EIN 45-1234567");
            await page.GetByLabel("Ydelse").FillAsync("Overvågning af driften");
            await page.GetByLabel("Overførselsgrundlag").SelectOptionAsync("StandardContractualClauses");
            await page.Locator($"input[name='Input.SystemIds'][value='{system.ItSystemId}']").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj og varsl kommunerne" }).ClickAsync();

            await page.WaitForURLAsync("**/underdatabehandlere");
            Assert.Contains("De kan gøre indsigelse til og med 23. december 2026", await page.Locator("#varslet").InnerTextAsync(), StringComparison.Ordinal);
            var row = page.Locator("#register tbody tr").Filter(new() { HasTextString = "Stratus Analytics LLC" });
            Assert.True(await row.Locator(".flag").IsVisibleAsync());
            Assert.Contains("Indsigelsesfrist 23. december 2026", await row.Locator(".objection-window").InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await page.Locator("#tredjelande").IsVisibleAsync());
        });
    }
}
