using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Dbs.Portal.Text;

/// <summary>
/// The language switch: a plain link (no script, no form) that keeps the chosen language in the culture cookie for a
/// year and goes back to the page it came from. A link rather than a post: choosing a language changes nothing but
/// the chooser's own preference, and a form would put an antiforgery token on every page.
/// </summary>
public static class LanguageSwitch
{
    public const string Path = "/sprog";

    /// <summary>The switch's address for <paramref name="culture"/>, returning to <paramref name="returnUrl"/>.</summary>
    public static string Link(string culture, string returnUrl) =>
        $"{Path}?kultur={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, string? kultur, string? returnUrl) =>
        {
            if (PortalCultures.Find(kultur) is { } chosen)
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions
                    {
                        MaxAge = TimeSpan.FromDays(365),
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = context.Request.IsHttps,
                        IsEssential = true,
                    });
            }

            // Only back into this site: an absolute or protocol-relative address goes to the start page.
            var local = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && (returnUrl.Length == 1 || returnUrl[1] is not ('/' or '\\'));
            return Results.LocalRedirect(local ? returnUrl! : "/");
        });
        return endpoints;
    }
}
