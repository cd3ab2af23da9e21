using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Municipalities;

/// <summary><c>Query.municipalities</c>: every municipality, for any signed-in caller, ordered by kommunekode.</summary>
public sealed class MunicipalityQueries
{
    public Task<Connection<Municipality>> MunicipalitiesAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.Municipalities.AsNoTracking(), MunicipalityFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
