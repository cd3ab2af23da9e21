using Dbs.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Browser;

public sealed class SignInBrowserTests(ProviderHost fixture, Chromium chromium) : IClassFixture<ProviderHost>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_supplier_signs_in_through_the_provider_and_out_again_in_the_browser()
    {
        await chromium.RunAsync(nameof(A_supplier_signs_in_through_the_provider_and_out_again_in_the_browser), fixture.Host.Address!, async page =>
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Log ind som leverandør" }).ClickAsync();
            await page.Locator("input[name=login]").FillAsync(ProviderHost.SupplierCvr + ":browser");
            await page.Locator("input[name=password]").FillAsync("test");
            await page.Locator("button[type=submit]").ClickAsync();
            // oidc-provider's development consent prompt.
            await page.Locator("button[type=submit]").ClickAsync();
            await page.WaitForURLAsync("**/oversigt");

            Assert.Equal($"Oversigt for {ProviderHost.SupplierName}", await page.Locator("h1").InnerTextAsync());

            // The portal's page refreshes to the provider's end-session, which may move on at once.
            var endSession = await page.RunAndWaitForRequestAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync(),
                request => request.Url.StartsWith(fixture.Provider.Issuer + "/session/end", StringComparison.Ordinal));

            Assert.Contains("id_token_hint=", endSession.Url, StringComparison.Ordinal);
            Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "Dbs.Session");
        });
    }
}
