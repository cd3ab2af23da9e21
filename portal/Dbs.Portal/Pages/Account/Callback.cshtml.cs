using Dbs.Domain.Common;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Dbs.Portal.Pages.Account;

/// <summary>Where the provider sends the browser back: validates the sign-in and binds the user to their supplier.</summary>
public sealed class CallbackModel(OidcClient oidc, SupplierSignIn signIn, ILogger<CallbackModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!oidc.IsEnabled)
        {
            return NotFound();
        }

        var outcome = await oidc.CompleteAsync(HttpContext);
        if (outcome.Identity is not { } identity)
        {
            logger.LogWarning("A sign-in failed: {Reason}", outcome.Failure);
            return Page();
        }

        if (!Cvr.IsValid(identity.Cvr))
        {
            return RedirectToPage("/Account/UnknownSupplier");
        }

        var principal = await signIn.CreatePrincipalAsync(identity.Cvr, identity.UserId, identity.DisplayName, identity.IdToken,
            HttpContext.RequestAborted);
        if (principal is null)
        {
            return RedirectToPage("/Account/UnknownSupplier", new { cvr = identity.Cvr });
        }

        await HttpContext.SignInAsync(PortalAuthentication.Scheme, principal);
        return LocalRedirect(Url.IsLocalUrl(identity.ReturnUrl) ? identity.ReturnUrl : "/oversigt");
    }
}
