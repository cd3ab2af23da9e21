using Dbs.Api.GraphQL;
using Dbs.Domain.ItSystems;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.ItSystems;

/// <summary>IT systems by id, one <c>WHERE Id IN (…)</c> per batch, as the caller may see them.</summary>
public sealed class ItSystemByIdDataLoader(BatchScheduler scheduler, RequestData data) : DataLoader<int, ItSystem>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, ItSystem>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, ItSystem>>(async (scope, ct) =>
            await scope.ItSystems.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct),
            cancellationToken);
}
