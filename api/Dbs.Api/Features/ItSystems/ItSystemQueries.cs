using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.ItSystems;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.ItSystems;

/// <summary>
/// <c>Query.itSystems</c>: the IT systems the caller may see (a municipality those it uses or has agreements for, a
/// supplier its own, DBS all), oldest first.
/// </summary>
public sealed class ItSystemQueries
{
    public Task<Connection<ItSystem>> ItSystemsAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.ItSystems.AsNoTracking(), ItSystemFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
