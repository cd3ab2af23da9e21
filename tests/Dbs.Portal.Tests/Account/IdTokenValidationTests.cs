using System.Net;
using System.Text.Json.Nodes;
using Dbs.Portal.Tests.Support;

namespace Dbs.Portal.Tests.Account;

/// <summary>
/// The sign-in against the real provider, with the id_token it issued changed on its way to the portal: each change
/// alone must make the portal refuse the sign-in with its own page, never an error or a session.
/// </summary>
public sealed class IdTokenValidationTests(TamperingProviderHost fixture) : IClassFixture<TamperingProviderHost>
{
    private const string Login = ProviderHost.SupplierCvr + ":karin";

    [Fact]
    public async Task A_token_resigned_unchanged_with_the_providers_key_signs_in()
    {
        var page = await SignInWithAsync(token => fixture.Resign(token, _ => { }), out var user);
        using (user)
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(ProviderHost.SupplierName, page.Text(".site-user span"), StringComparison.Ordinal);
            Assert.NotNull(user.Cookies.GetCookies(fixture.Host.Address!)["Dbs.Session"]);
        }
    }

    [Fact]
    public async Task A_token_with_a_forged_signature_is_refused() =>
        await AssertRefusedAsync(fixture.Forge);

    [Fact]
    public async Task An_expired_token_is_refused() =>
        await AssertRefusedAsync(token => fixture.Resign(token, claims =>
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            claims["iat"] = now - 3600;
            claims["exp"] = now - 600;
        }));

    [Fact]
    public async Task A_token_with_another_nonce_is_refused() =>
        await AssertRefusedAsync(token => fixture.Resign(token, claims => claims["nonce"] = "a-nonce-from-another-sign-in"));

    [Fact]
    public async Task A_token_without_a_nonce_is_refused() =>
        await AssertRefusedAsync(token => fixture.Resign(token, claims => claims.Remove("nonce")));

    [Fact]
    public async Task A_token_for_another_client_is_refused() =>
        await AssertRefusedAsync(token => fixture.Resign(token, claims => claims["aud"] = "another-client"));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await AssertRefusedAsync(token => fixture.Resign(token, claims => claims["iss"] = "https://issuer.example"));

    [Fact]
    public async Task An_unsigned_token_is_refused() =>
        await AssertRefusedAsync(token =>
        {
            var parts = fixture.Resign(token, _ => { }).Split('.');
            return Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".";
        });

    private async Task AssertRefusedAsync(Func<string, string> rewrite)
    {
        var page = await SignInWithAsync(rewrite, out var user);
        using (user)
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal("/konto/callback", page.Url.AbsolutePath);
            Assert.Equal("Log ind mislykkedes", page.Heading);
            Assert.Null(user.Cookies.GetCookies(fixture.Host.Address!)["Dbs.Session"]);
            var after = await user.GetAsync("/oversigt");
            Assert.NotEqual("/oversigt", after.Url.AbsolutePath);
        }
    }

    private Task<Page> SignInWithAsync(Func<string, string> rewrite, out WebUser user)
    {
        fixture.Proxy.RewriteIdToken = rewrite;
        user = fixture.NewUser();
        return ProviderHost.SignInAsync(user, Login, "/oversigt");
    }
}
