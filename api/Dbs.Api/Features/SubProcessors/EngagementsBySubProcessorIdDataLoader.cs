using Dbs.Api.GraphQL;
using Dbs.Domain.SubProcessors;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>The engagements of a batch of sub-processors in one query, as the caller may see them.</summary>
public sealed class EngagementsBySubProcessorIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, SubProcessorEngagement>(scheduler)
{
    protected override Task<ILookup<int, SubProcessorEngagement>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
            (await scope.Engagements.AsNoTracking().Where(e => keys.Contains(e.SubProcessorId)).OrderBy(e => e.Id).ToListAsync(ct))
                .ToLookup(e => e.SubProcessorId), cancellationToken);
}
