using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Hosting;

namespace Dbs.Portal.Pages.Account;

/// <summary>Starts a sign-in at the OpenID provider; in Development without one, goes to the demo sign-in.</summary>
public sealed class SignInModel(OidcClient oidc, IWebHostEnvironment environment) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/oversigt";
        if (oidc.IsEnabled)
        {
            var secure = Request.IsHttps || !environment.IsDevelopment();
            return Redirect(await oidc.BeginAsync(HttpContext, returnUrl, secure));
        }

        return environment.IsDevelopment()
            ? RedirectToPage("/Development/SignIn", new { returnUrl })
            : Page();
    }
}
