using System.Security.Claims;
using Dbs.Domain.Access;
using Dbs.Domain.Common;

namespace Dbs.Portal.SignIn;

/// <summary>
/// The claims of the portal's session cookie: the supplier user's <see cref="Actor"/> as <see cref="ActorClaims"/>
/// writes it (the same claims an API or JWT bearer token yields), plus what only the portal shows or needs.
/// </summary>
public static class PortalUser
{
    public const string CvrClaim = "dbs:cvr";
    public const string SupplierNameClaim = "dbs:supplier_name";
    public const string IdTokenClaim = "dbs:id_token";

    public static ClaimsPrincipal Create(int supplierId, string supplierName, string cvr, string userId, string displayName,
        string? idToken = null)
    {
        var identity = ActorClaims.ToIdentity(Actor.ForSupplier(supplierId, userId, displayName), PortalAuthentication.Scheme);
        identity.AddClaim(new Claim(SupplierNameClaim, supplierName));
        identity.AddClaim(new Claim(CvrClaim, cvr));
        if (idToken is not null)
        {
            // Kept for end-session's id_token_hint.
            identity.AddClaim(new Claim(IdTokenClaim, idToken));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>The supplier user the principal is, or null when it is not a signed-in supplier user.</summary>
    public static Actor? ToActor(this ClaimsPrincipal principal) =>
        ActorClaims.ToActor(principal) is { OrganisationKind: OrganisationKind.Supplier } actor ? actor : null;

    public static string? SupplierName(this ClaimsPrincipal principal) => principal.FindFirstValue(SupplierNameClaim);
}
