using System.Net;
using Dbs.Portal.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dbs.Portal.Tests.Account;

public sealed class SessionCookieTests
{
    [Fact]
    public void Outside_development_the_session_cookie_is_secure_httponly_lax_and_sliding()
    {
        using var host = new PortalHost("Production");

        var options = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);

        Assert.Equal(CookieSecurePolicy.Always, options.Cookie.SecurePolicy);
        Assert.True(options.Cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, options.Cookie.SameSite);
        Assert.True(options.SlidingExpiration);
    }

    [Fact]
    public async Task Outside_development_the_correlation_cookie_is_secure_httponly_and_lax()
    {
        using var provider = await OidcProvider.StartAsync("https://portal.example/konto/callback", "https://portal.example/");
        using var host = new PortalHost("Production", provider.Settings());
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/konto/log-ind", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Dbs.Oidc=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/konto/callback", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
