using System.Globalization;
using System.Security.Claims;
using Dbs.Domain.Common;

namespace Dbs.Api.Authentication;

/// <summary>
/// The <see cref="Actor"/> as claims, so any authentication scheme (API tokens now, others later) yields the same
/// principal, and every request reads its actor back the same way.
/// </summary>
internal static class ActorClaims
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
            || !Enum.TryParse<OrganisationKind>(principal.FindFirstValue(OrganisationKind), out var kind)
            || !Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), out var role)
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        int? organisationId = int.TryParse(principal.FindFirstValue(OrganisationId), NumberStyles.None,
            CultureInfo.InvariantCulture, out var id) ? id : null;
        if ((kind == Domain.Common.OrganisationKind.Dbs) != (organisationId is null))
        {
            return null;
        }

        return new Actor(userId, principal.FindFirstValue(ClaimTypes.Name) ?? userId, kind, organisationId, role);
    }
}
