using Dbs.Api.GraphQL;
using Dbs.Domain.SubProcessors;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>The objection windows of a batch of engagements in one query, as the caller may see them.</summary>
public sealed class ObjectionWindowsByEngagementIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, ObjectionWindow>(scheduler)
{
    protected override Task<ILookup<int, ObjectionWindow>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
            (await scope.ObjectionWindows.AsNoTracking().Where(w => keys.Contains(w.EngagementId)).OrderBy(w => w.Id)
                .ToListAsync(ct)).ToLookup(w => w.EngagementId), cancellationToken);
}
