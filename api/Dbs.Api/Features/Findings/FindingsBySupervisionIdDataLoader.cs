using Dbs.Api.GraphQL;
using Dbs.Domain.Findings;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Findings;

/// <summary>The findings of a batch of supervisions in one query, as the caller may see them, oldest first.</summary>
public sealed class FindingsBySupervisionIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, Finding>(scheduler)
{
    protected override Task<ILookup<int, Finding>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
            (await scope.Findings.AsNoTracking().Where(f => keys.Contains(f.SupervisionId)).OrderBy(f => f.Id).ToListAsync(ct))
                .ToLookup(f => f.SupervisionId), cancellationToken);
}
