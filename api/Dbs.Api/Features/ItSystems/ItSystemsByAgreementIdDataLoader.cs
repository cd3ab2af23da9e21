using Dbs.Api.GraphQL;
using Dbs.Domain.ItSystems;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.ItSystems;

/// <summary>The IT systems an agreement covers, for a batch of agreements in one query, as the caller may see them.</summary>
public sealed class ItSystemsByAgreementIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, ItSystem>(scheduler)
{
    protected override Task<ILookup<int, ItSystem>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
        {
            // The link's system is visible with the agreement (see AccessScope.AgreementSystems): no second scope check.
            var rows = await (
                    from link in scope.AgreementSystems
                    where keys.Contains(link.AgreementId)
                    orderby link.ItSystem.Name, link.ItSystemId
                    select new { link.AgreementId, System = link.ItSystem })
                .AsNoTracking().ToListAsync(ct);
            return rows.ToLookup(r => r.AgreementId, r => r.System);
        }, cancellationToken);
}
