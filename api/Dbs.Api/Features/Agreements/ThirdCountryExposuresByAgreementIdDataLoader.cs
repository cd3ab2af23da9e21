using Dbs.Api.GraphQL;
using Dbs.Domain.Agreements;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Agreements;

/// <summary>
/// The third-country exposures of a batch of agreements in one query, through the caller's scope (its agreements and
/// the engagements it may see), ordered by sub-processor name.
/// </summary>
public sealed class ThirdCountryExposuresByAgreementIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, ThirdCountryExposure>(scheduler)
{
    protected override Task<ILookup<int, ThirdCountryExposure>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
        {
            var rows = await scope.Agreements.Where(a => keys.Contains(a.Id)).ThirdCountryExposures(scope.Engagements)
                .OrderBy(x => x.SubProcessorName).ThenBy(x => x.EngagementId)
                .ToListAsync(ct);
            return rows.ToLookup(r => r.AgreementId);
        }, cancellationToken);
}
