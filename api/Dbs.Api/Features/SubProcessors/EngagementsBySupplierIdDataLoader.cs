using Dbs.Api.GraphQL;
using Dbs.Domain.SubProcessors;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>The sub-processor engagements of a batch of suppliers in one query, as the caller may see them.</summary>
public sealed class EngagementsBySupplierIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, SubProcessorEngagement>(scheduler)
{
    protected override Task<ILookup<int, SubProcessorEngagement>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
            (await scope.Engagements.AsNoTracking().Where(e => keys.Contains(e.SupplierId)).OrderBy(e => e.Id).ToListAsync(ct))
                .ToLookup(e => e.SupplierId), cancellationToken);
}
