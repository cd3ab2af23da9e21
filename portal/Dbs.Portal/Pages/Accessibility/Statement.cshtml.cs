using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dbs.Portal.Pages.Accessibility;

public sealed class StatementModel(IOptions<PortalOptions> options) : PageModel
{
    /// <summary>Where users report accessibility problems, as the act requires.</summary>
    public string ContactEmail { get; } = options.Value.ContactEmail;

    public void OnGet()
    {
    }
}
