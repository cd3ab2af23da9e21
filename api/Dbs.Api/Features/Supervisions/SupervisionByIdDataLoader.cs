using Dbs.Api.GraphQL;
using Dbs.Domain.Supervisions;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Supervisions;

/// <summary>Supervisions by id, one <c>WHERE Id IN (…)</c> per batch, as the caller may see them.</summary>
public sealed class SupervisionByIdDataLoader(BatchScheduler scheduler, RequestData data) : DataLoader<int, Supervision>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, Supervision>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, Supervision>>(async (scope, ct) =>
            await scope.Supervisions.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct),
            cancellationToken);
}
