using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Supervisions;

/// <summary>
/// <c>Query.supervisions</c>: the supervisions the caller may see (a municipality those of systems it has agreements
/// for, a supplier its own, DBS all), oldest first.
/// </summary>
public sealed class SupervisionQueries
{
    public Task<Connection<Supervision>> SupervisionsAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.Supervisions.AsNoTracking(), SupervisionFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
