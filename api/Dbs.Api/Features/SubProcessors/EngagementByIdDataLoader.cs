using Dbs.Api.GraphQL;
using Dbs.Domain.SubProcessors;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>Sub-processor engagements by id, one <c>WHERE Id IN (…)</c> per batch, as the caller may see them.</summary>
public sealed class EngagementByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : DataLoader<int, SubProcessorEngagement>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, SubProcessorEngagement>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, SubProcessorEngagement>>(async (scope, ct) =>
            await scope.Engagements.AsNoTracking().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct),
            cancellationToken);
}
