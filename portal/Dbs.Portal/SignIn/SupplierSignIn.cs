using System.Security.Claims;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.SignIn;

/// <summary>
/// Binds a signed-in person to the supplier with their company's CVR number. There is no actor before this step, so
/// it is the one read outside <c>AccessScope</c>, and it reads only the supplier's id and name.
/// </summary>
public sealed class SupplierSignIn(DbsDbContext db)
{
    /// <summary>The session's principal, or null when no supplier has the CVR number.</summary>
    public async Task<ClaimsPrincipal?> CreatePrincipalAsync(string cvr, string userId, string displayName, string? idToken,
        CancellationToken cancellationToken = default)
    {
        var supplier = await db.Suppliers.AsNoTracking()
            .Where(s => s.Cvr == cvr)
            .Select(s => new { s.Id, s.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return supplier is null ? null : PortalUser.Create(supplier.Id, supplier.Name, cvr, userId, displayName, idToken);
    }
}
