using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Me;

/// <summary><c>Query.me</c>: who the caller is, or null for an anonymous caller.</summary>
public sealed class MeQueries
{
    public async Task<Viewer?> MeAsync(RequestData data, CancellationToken cancellationToken)
    {
        if (data.Actor is not { } actor)
        {
            return null;
        }

        var (typeName, name) = actor.OrganisationKind switch
        {
            OrganisationKind.Municipality => ("Municipality", await data.ReadAsync((scope, ct) => scope.Municipalities
                .Where(m => m.Id == actor.OrganisationId).Select(m => m.Name).SingleOrDefaultAsync(ct), cancellationToken)),
            OrganisationKind.Supplier => ("Supplier", await data.ReadAsync((scope, ct) => scope.Suppliers
                .Where(s => s.Id == actor.OrganisationId).Select(s => s.Name).SingleOrDefaultAsync(ct), cancellationToken)),
            _ => (null, "DBS"),
        };
        return new Viewer(
            actor.OrganisationKind.ToString().ToUpperInvariant(),
            typeName is null || actor.OrganisationId is not { } id ? null : GlobalId.Encode(typeName, id),
            name ?? string.Empty,
            actor.Role.ToString().ToUpperInvariant(),
            actor.DisplayName);
    }
}
