using Dbs.Domain.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dbs.Portal.Pages.Account;

/// <summary>Shown when the signed-in company is not a supplier DBS supervises.</summary>
public sealed class UnknownSupplierModel : PageModel
{
    /// <summary>The company's CVR number, when the provider sent a valid one.</summary>
    public string? Cvr { get; private set; }

    public void OnGet(string? cvr) => Cvr = Dbs.Domain.Common.Cvr.IsValid(cvr) ? cvr : null;
}
