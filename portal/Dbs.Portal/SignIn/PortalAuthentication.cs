using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dbs.Portal.SignIn;

/// <summary>The portal's cookie session and its OpenID Connect client.</summary>
public static class PortalAuthentication
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignInPath = "/konto/log-ind";

    /// <summary>The query parameter that tells the questionnaire its last post was lost to an expired session.</summary>
    public const string LostPostParameter = "ikkeGemt";

    internal static IServiceCollection AddPortalAuthentication(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddAuthentication(Scheme).AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "Dbs.Session";
            options.Cookie.HttpOnly = true;
            // Lax, not Strict: the provider's redirect back to the callback is a cross-site navigation.
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = SecurePolicy(environment);
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(60);
            options.LoginPath = SignInPath;
            options.LogoutPath = "/konto/log-ud";
            options.AccessDeniedPath = SignInPath;
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnRedirectToLogin = context =>
            {
                // A questionnaire post after the session expired cannot be kept across the sign-in: say so afterwards
                // instead of losing it silently.
                var request = context.Request;
                var redirect = HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/kontrolskema")
                    ? $"{request.PathBase}{SignInPath}?returnUrl={Uri.EscapeDataString("/kontrolskema?" + LostPostParameter + "=true")}"
                    : context.RedirectUri;
                context.Response.Redirect(redirect);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();
        services.AddHttpClient(OidcClient.HttpClientName);
        services.AddSingleton<OidcClient>();
        services.AddScoped<SupplierSignIn>();
        return services;
    }

    /// <summary>Plain-HTTP localhost works in Development; everywhere else the cookies are sent over HTTPS only.</summary>
    public static CookieSecurePolicy SecurePolicy(IWebHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
