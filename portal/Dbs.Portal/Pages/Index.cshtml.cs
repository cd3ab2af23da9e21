using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dbs.Portal.Pages;

public sealed class IndexModel(TimeProvider clock) : PageModel
{
    /// <summary>The year whose control questionnaire suppliers answer now.</summary>
    public int Year { get; private set; }

    public void OnGet() => Year = clock.GetLocalNow().Year;
}
