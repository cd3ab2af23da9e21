using Dbs.Api.GraphQL;
using Dbs.Domain.SubProcessors;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>Sub-processors by id, one <c>WHERE Id IN (…)</c> per batch, as the caller may see them.</summary>
public sealed class SubProcessorByIdDataLoader(BatchScheduler scheduler, RequestData data) : DataLoader<int, SubProcessor>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, SubProcessor>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, SubProcessor>>(async (scope, ct) =>
            await scope.SubProcessors.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct),
            cancellationToken);
}
