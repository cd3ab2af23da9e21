using System.Globalization;
using System.Security.Claims;
using Dbs.Domain.Common;

namespace Dbs.Domain.Access;

/// <summary>
/// The <see cref="Actor"/> as claims: the one mapping every way in (API tokens, JWT bearer tokens, the portal's
/// cookie session) writes, and every request reads its actor back from, so they cannot disagree.
/// </summary>
public static class ActorClaims
{
    public const string OrganisationKind = "dbs:organisation_kind";
    public const string OrganisationId = "dbs:organisation_id";

    public static ClaimsIdentity ToIdentity(Actor actor, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, actor.UserId),
            new(ClaimTypes.Name, actor.DisplayName),
            new(ClaimTypes.Role, actor.Role.ToString()),
            new(OrganisationKind, actor.OrganisationKind.ToString()),
        };
        if (actor.OrganisationId is { } id)
        {
            claims.Add(new Claim(OrganisationId, id.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32));
        }

        return new ClaimsIdentity(claims, scheme);
    }

    /// <summary>The actor of an authenticated principal; null for an anonymous one or one without organisation claims.</summary>
    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true }
            || !Enum.TryParse<OrganisationKind>(Value(principal, OrganisationKind), out var kind)
            || !Enum.TryParse<Role>(Value(principal, ClaimTypes.Role), out var role)
            || Value(principal, ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        int? organisationId = int.TryParse(Value(principal, OrganisationId), NumberStyles.None,
            CultureInfo.InvariantCulture, out var id) ? id : null;
        if ((kind == Common.OrganisationKind.Dbs) != (organisationId is null))
        {
            return null;
        }

        return new Actor(userId, Value(principal, ClaimTypes.Name) ?? userId, kind, organisationId, role);
    }

    private static string? Value(ClaimsPrincipal principal, string type) => principal.FindFirst(type)?.Value;
}
