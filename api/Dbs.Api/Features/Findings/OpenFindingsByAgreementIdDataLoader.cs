using Dbs.Api.GraphQL;
using Dbs.Domain.Findings;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Findings;

/// <summary>
/// The open findings concerning a batch of agreements in one query, as the caller may see them: those of supervisions of
/// an agreement's systems, and of supervisions of its supplier as a whole.
/// </summary>
public sealed class OpenFindingsByAgreementIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, Finding>(scheduler)
{
    protected override Task<ILookup<int, Finding>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
        {
            var rows = await (
                    from a in scope.Agreements
                    where keys.Contains(a.Id)
                    from f in scope.Findings
                    where (f.Status == FindingStatus.Open || f.Status == FindingStatus.Responded)
                          && (f.Supervision.ItSystemId != null
                              ? a.Systems.Any(s => s.ItSystemId == f.Supervision.ItSystemId)
                              : f.Supervision.SupplierId == a.SupplierId)
                    orderby f.Id
                    select new { AgreementId = a.Id, Finding = f })
                .AsNoTracking().ToListAsync(ct);
            return rows.ToLookup(r => r.AgreementId, r => r.Finding);
        }, cancellationToken);
}
