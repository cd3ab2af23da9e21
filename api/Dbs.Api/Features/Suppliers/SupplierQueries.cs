using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Suppliers;

/// <summary>
/// <c>Query.suppliers</c>: the suppliers the caller may see (a municipality those it has agreements with, a supplier
/// itself, DBS all), oldest first.
/// </summary>
public sealed class SupplierQueries
{
    public Task<Connection<Supplier>> SuppliersAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.Suppliers.AsNoTracking(), SupplierFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
