using Dbs.Api.GraphQL;
using Dbs.Domain.Acknowledgements;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Acknowledgements;

/// <summary>The acknowledgements of a batch of supervisions in one query, as the caller may see them.</summary>
public sealed class AcknowledgementsBySupervisionIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, ReportAcknowledgement>(scheduler)
{
    protected override Task<ILookup<int, ReportAcknowledgement>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
            (await scope.Acknowledgements.AsNoTracking().Where(a => keys.Contains(a.SupervisionId)).OrderBy(a => a.Id)
                .ToListAsync(ct)).ToLookup(a => a.SupervisionId), cancellationToken);
}
