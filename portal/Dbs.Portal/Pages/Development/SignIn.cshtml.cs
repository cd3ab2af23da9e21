using Dbs.Domain.Persistence;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Dbs.Portal.Pages.Development;

/// <summary>
/// Development only: sign in as one of the demo suppliers' contact persons, so the portal runs with no identity
/// provider. Outside Development the page has no route (see <see cref="PortalExtensions"/>); the check here is a second
/// lock.
/// </summary>
public sealed class SignInModel(DbsDbContext db, IWebHostEnvironment environment) : PageModel
{
    private const int ShownSuppliers = 25;

    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    public string ReturnUrl { get; private set; } = "/oversigt";

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : ReturnUrl;
        var suppliers = db.Suppliers.OrderBy(s => s.Name).Take(ShownSuppliers);
        Contacts = await db.SupplierContacts
            .Where(c => suppliers.Any(s => s.Id == c.SupplierId))
            .OrderBy(c => c.Supplier.Name).ThenBy(c => c.Name)
            .Select(c => new Contact(c.Id, c.Name, c.Role, c.Supplier.Name, c.Supplier.Cvr))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int contactId, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        var contact = await db.SupplierContacts
            .Where(c => c.Id == contactId)
            .Select(c => new { c.Id, c.Name, c.SupplierId, SupplierName = c.Supplier.Name, c.Supplier.Cvr })
            .FirstOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        var principal = PortalUser.Create(contact.SupplierId, contact.SupplierName, contact.Cvr, $"demo-contact-{contact.Id}", contact.Name);
        await HttpContext.SignInAsync(PortalAuthentication.Scheme, principal);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/oversigt");
    }

    public sealed record Contact(int Id, string Name, string? Role, string SupplierName, string Cvr);
}
