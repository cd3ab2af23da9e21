using System.Security.Claims;
using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dbs.Api.Authentication;

/// <summary>
/// Turns a validated JWT into the caller's <see cref="Actor"/> (as <see cref="ActorClaims"/>): the CVR claim names
/// a supplier, a municipality or DBS; the role or scope claim says <c>editor</c>, else the caller reads. A CVR
/// number DBS does not know leaves the caller authenticated without an organisation, which reads nothing. There is
/// no actor before this step, so it is a read outside <c>AccessScope</c>, of ids and names only.
/// </summary>
internal sealed class JwtActorMapping(DbsDbContext db, IOptions<JwtOptions> options)
{
    public async Task MapAsync(TokenValidatedContext context)
    {
        if (context.Principal is not { } token)
        {
            return;
        }

        var settings = options.Value;
        var userId = token.FindFirstValue(settings.UserIdClaim) ?? token.FindFirstValue("client_id") ?? "jwt";
        var name = token.FindFirstValue(settings.NameClaim) ?? userId;
        var role = RoleOf(token, settings);
        var actor = await ActorAsync(token.FindFirstValue(settings.CvrClaim), userId, name, role, settings,
            context.HttpContext.RequestAborted);
        var identity = actor is not null
            ? ActorClaims.ToIdentity(actor, JwtBearerDefaults.AuthenticationScheme)
            : new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, name)],
                JwtBearerDefaults.AuthenticationScheme);
        context.Principal = new ClaimsPrincipal(identity);
    }

    private static Role RoleOf(ClaimsPrincipal token, JwtOptions settings)
    {
        var values = token.FindAll(settings.RoleClaim).Select(c => c.Value)
            .Concat(token.FindAll("scope").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return values.Any(v => v.Equals("editor", StringComparison.OrdinalIgnoreCase)) ? Role.Editor : Role.Reader;
    }

    private async Task<Actor?> ActorAsync(string? cvrClaim, string userId, string name, Role role, JwtOptions settings,
        CancellationToken cancellationToken)
    {
        if (!Cvr.TryParse(cvrClaim, out var cvr))
        {
            return null;
        }

        if (Cvr.TryParse(settings.DbsCvr, out var dbs) && dbs == cvr)
        {
            return Actor.DbsStaff(userId, name, role);
        }

        var supplier = await db.Suppliers.AsNoTracking().Where(s => s.Cvr == cvr.Value).Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (supplier is { } supplierId)
        {
            return Actor.ForSupplier(supplierId, userId, name, role);
        }

        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Cvr == cvr.Value).Select(m => (int?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return municipality is { } municipalityId ? Actor.ForMunicipality(municipalityId, userId, name, role) : null;
    }
}
