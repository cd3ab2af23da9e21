using Dbs.Api.GraphQL;
using Dbs.Domain.ItSystems;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>The IT systems of a batch of engagements in one query, as the caller may see them, by name.</summary>
public sealed class ItSystemsByEngagementIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, ItSystem>(scheduler)
{
    protected override Task<ILookup<int, ItSystem>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
        {
            var rows = await (
                    from engagement in scope.Engagements
                    where keys.Contains(engagement.Id)
                    from link in engagement.Systems
                    join system in scope.ItSystems on link.ItSystemId equals system.Id
                    orderby system.Name
                    select new { EngagementId = engagement.Id, System = system })
                .AsNoTracking().ToListAsync(ct);
            return rows.ToLookup(r => r.EngagementId, r => r.System);
        }, cancellationToken);
}
