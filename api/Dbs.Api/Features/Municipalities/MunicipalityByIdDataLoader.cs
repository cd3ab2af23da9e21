using Dbs.Api.GraphQL;
using Dbs.Domain.Municipalities;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Municipalities;

/// <summary>Municipalities by id, one <c>WHERE Id IN (…)</c> per batch.</summary>
public sealed class MunicipalityByIdDataLoader(BatchScheduler scheduler, RequestData data) : DataLoader<int, Municipality>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, Municipality>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, Municipality>>(async (scope, ct) =>
            await scope.Municipalities.AsNoTracking().Where(m => keys.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct),
            cancellationToken);
}
