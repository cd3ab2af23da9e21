using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dbs.Portal.Pages.Account;

/// <summary>
/// Ends the portal session and, when the provider offers end-session, sends the browser on to end the provider's
/// session too: by a page that refreshes to it, since browsers apply the CSP's form-action to a form post's redirects.
/// </summary>
public sealed class SignOutModel(OidcClient oidc) : PageModel
{
    /// <summary>The provider's end-session address, once signed out here.</summary>
    public string? EndSessionUrl { get; private set; }

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
            EndSessionUrl = endSession;
            return Page();
        }

        return LocalRedirect("/");
    }
}
