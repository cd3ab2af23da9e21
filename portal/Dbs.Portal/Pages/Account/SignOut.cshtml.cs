using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dbs.Portal.Pages.Account;

/// <summary>Ends the portal session and, when the provider offers end-session, the provider's session too.</summary>
public sealed class SignOutModel(OidcClient oidc) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var idToken = User.FindFirst(PortalUser.IdTokenClaim)?.Value;
        await HttpContext.SignOutAsync(PortalAuthentication.Scheme);
        if (oidc.IsEnabled && idToken is not null
            && await oidc.EndSessionUrlAsync(HttpContext, idToken, $"{Request.Scheme}://{Request.Host}{Request.PathBase}/") is { } endSession)
        {
            return Redirect(endSession);
        }

        return LocalRedirect("/");
    }
}
