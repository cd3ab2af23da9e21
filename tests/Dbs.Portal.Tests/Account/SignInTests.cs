using System.Net;
using Dbs.Portal.Tests.Support;

namespace Dbs.Portal.Tests.Account;

public sealed class SignInTests(ProviderHost fixture) : IClassFixture<ProviderHost>
{
    private const string AnnaLogin = ProviderHost.SupplierCvr + ":anna";

    [Fact]
    public async Task Signs_in_through_the_provider_and_binds_the_user_to_the_supplier_with_the_cvr_claim()
    {
        using var user = fixture.NewUser();

        var page = await ProviderHost.SignInAsync(user, AnnaLogin, "/tilgaengelighedserklaering");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/tilgaengelighedserklaering", page.Url.AbsolutePath);
        var signedIn = page.Text(".site-user span");
        Assert.Contains("Testbruger " + AnnaLogin, signedIn, StringComparison.Ordinal);
        Assert.Contains(ProviderHost.SupplierName, signedIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sends_the_user_to_the_provider_with_pkce_s256_state_and_nonce()
    {
        using var user = fixture.NewUser();

        await user.GetAsync("/konto/log-ind");

        var authorize = user.Hops[0].Headers.Location!;
        Assert.StartsWith(fixture.Provider.Issuer, authorize.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"]!.Length);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.NotEqual(query["state"], query["nonce"]);
    }

    [Fact]
    public async Task The_session_cookie_is_httponly_and_lax()
    {
        using var user = fixture.NewUser();

        await ProviderHost.SignInAsync(user, AnnaLogin);

        var cookie = user.Cookies.GetCookies(fixture.Host.Address!)["Dbs.Session"];
        Assert.NotNull(cookie);
        Assert.True(cookie.HttpOnly);
        var setCookie = user.Hops.SelectMany(h => h.Headers.TryGetValues("Set-Cookie", out var v) ? v : [])
            .Single(c => c.StartsWith("Dbs.Session=", StringComparison.Ordinal));
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_company_that_is_no_supplier_gets_a_danish_page_and_no_session()
    {
        using var user = fixture.NewUser();

        var page = await ProviderHost.SignInAsync(user, ProviderHost.UnknownCvr + ":bo");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/konto/ukendt-leverandoer", page.Url.AbsolutePath);
        Assert.Equal("Din virksomhed er ikke registreret som leverandør hos DBS", page.Heading);
        Assert.Contains(ProviderHost.UnknownCvr, page.Text("main"), StringComparison.Ordinal);
        Assert.Null(user.Cookies.GetCookies(fixture.Host.Address!)["Dbs.Session"]);
    }

    [Fact]
    public async Task A_callback_with_another_state_is_refused()
    {
        using var user = fixture.NewUser();
        await user.GetAsync("/konto/log-ind");

        var page = await user.GetAsync("/konto/callback?code=abc&state=forged");

        Assert.Equal("Log ind mislykkedes", page.Heading);
        Assert.Null(user.Cookies.GetCookies(fixture.Host.Address!)["Dbs.Session"]);
    }

    [Fact]
    public async Task A_callback_without_the_correlation_cookie_is_refused()
    {
        using var first = fixture.NewUser();
        await first.GetAsync("/konto/log-ind");
        var state = System.Web.HttpUtility.ParseQueryString(first.Hops[0].Headers.Location!.Query)["state"];
        using var other = fixture.NewUser();

        var page = await other.GetAsync($"/konto/callback?code=abc&state={state}");

        Assert.Equal("Log ind mislykkedes", page.Heading);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_at_the_provider_too()
    {
        using var user = fixture.NewUser();
        var page = await ProviderHost.SignInAsync(user, AnnaLogin);

        var signedOut = await user.SubmitAsync(page, page.Form("form.site-user"));

        // A page, not a redirect: browsers apply the CSP's form-action to the redirects of a form post.
        Assert.Equal(HttpStatusCode.OK, signedOut.Status);
        var endSession = new Uri(signedOut.Find("a#end-session")!.GetAttribute("href")!);
        Assert.Equal("0;url=" + endSession, signedOut.Find("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.StartsWith(fixture.Provider.Issuer + "/session/end", endSession.ToString(), StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", endSession.Query, StringComparison.Ordinal);
        var after = await user.GetAsync("/");
        Assert.Null(after.Find(".site-user"));
        Assert.NotNull(after.Find("a[href='/konto/log-ind']"));
    }
}
