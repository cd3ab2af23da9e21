using Dbs.Api.GraphQL;
using Dbs.Domain.Suppliers;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Suppliers;

/// <summary>Suppliers by id, one <c>WHERE Id IN (…)</c> per batch, as the caller may see them.</summary>
public sealed class SupplierByIdDataLoader(BatchScheduler scheduler, RequestData data) : DataLoader<int, Supplier>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, Supplier>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, Supplier>>(async (scope, ct) =>
            await scope.Suppliers.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct),
            cancellationToken);
}
