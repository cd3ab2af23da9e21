using System.Net;
using Dbs.Portal.Tests.Support;

namespace Dbs.Portal.Tests.Development;

public sealed class DemoSignInTests(ProviderHost fixture) : IClassFixture<ProviderHost>
{
    [Fact]
    public async Task In_development_a_demo_contact_person_signs_in_as_their_supplier()
    {
        using var user = fixture.NewUser();
        var page = await user.GetAsync("/udvikling/log-ind?returnUrl=%2Ftilgaengelighedserklaering");
        var button = page.Document.QuerySelectorAll("button[name=contactId]")
            .Single(b => b.GetAttribute("aria-label")!.Contains(ProviderHost.ContactName, StringComparison.Ordinal));

        var signedIn = await user.SubmitAsync(page, page.Form("main form"), submitter: (AngleSharp.Html.Dom.IHtmlElement)button);

        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
        Assert.Equal("/tilgaengelighedserklaering", signedIn.Url.AbsolutePath);
        Assert.Contains($"{ProviderHost.ContactName}, {ProviderHost.SupplierName}", signedIn.Text(".site-user span"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_sign_in_refuses_a_post_without_the_antiforgery_token()
    {
        using var user = fixture.NewUser();
        var page = await user.GetAsync("/udvikling/log-ind");

        var response = await user.SubmitAsync(page, page.Form("main form"),
            new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged", ["contactId"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }
}
