using System.Globalization;
using System.Security.Claims;
using Dbs.Domain.Common;

namespace Dbs.Portal.SignIn;

/// <summary>The claims of the portal's session cookie, and the domain <see cref="Actor"/> they stand for.</summary>
public static class PortalUser
{
    public const string SupplierIdClaim = "dbs:supplier_id";
    public const string UserIdClaim = "dbs:user_id";
    public const string CvrClaim = "dbs:cvr";
    public const string SupplierNameClaim = "dbs:supplier_name";
    public const string IdTokenClaim = "dbs:id_token";

    public static ClaimsPrincipal Create(int supplierId, string supplierName, string cvr, string userId, string displayName,
        string? idToken = null)
    {
        var claims = new List<Claim>
        {
            new(SupplierIdClaim, supplierId.ToString(CultureInfo.InvariantCulture)),
            new(SupplierNameClaim, supplierName),
            new(CvrClaim, cvr),
            new(UserIdClaim, userId),
            new(ClaimTypes.Name, displayName),
        };
        if (idToken is not null)
        {
            // Kept for end-session's id_token_hint.
            claims.Add(new Claim(IdTokenClaim, idToken));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, PortalAuthentication.Scheme, ClaimTypes.Name, null));
    }

    /// <summary>The supplier user the principal is, or null when it is not a signed-in supplier user.</summary>
    public static Actor? ToActor(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !int.TryParse(principal.FindFirstValue(SupplierIdClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var supplierId)
            || principal.FindFirstValue(UserIdClaim) is not { Length: > 0 } userId)
        {
            return null;
        }

        return Actor.ForSupplier(supplierId, userId, principal.Identity.Name ?? userId);
    }

    public static string? SupplierName(this ClaimsPrincipal principal) => principal.FindFirstValue(SupplierNameClaim);
}
