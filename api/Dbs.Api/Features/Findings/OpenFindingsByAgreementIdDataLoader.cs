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
            // First what the agreements relate to (their systems and suppliers), then the findings of supervisions of
            // those, as the caller may see them: the database starts from a handful of ids instead of weighing every
            // finding in scope against every agreement of the batch.
            var links = await scope.AgreementSystems.Where(x => keys.Contains(x.AgreementId))
                .Select(x => new { x.AgreementId, SystemId = (int?)x.ItSystemId, SupplierId = (int?)null })
                .Concat(scope.Agreements.Where(a => keys.Contains(a.Id))
                    .Select(a => new { AgreementId = a.Id, SystemId = (int?)null, SupplierId = (int?)a.SupplierId }))
                .ToListAsync(ct);
            var systemIds = links.Where(l => l.SystemId is not null).Select(l => l.SystemId!.Value).Distinct().ToList();
            var supplierIds = links.Where(l => l.SupplierId is not null).Select(l => l.SupplierId!.Value).Distinct().ToList();
            var findings = await scope.Findings
                .Where(f => (f.Status == FindingStatus.Open || f.Status == FindingStatus.Responded)
                    && (f.Supervision.ItSystemId != null
                        ? systemIds.Contains(f.Supervision.ItSystemId.Value)
                        : supplierIds.Contains(f.Supervision.SupplierId)))
                .OrderBy(f => f.Id)
                .Select(f => new { Finding = f, f.Supervision.ItSystemId, f.Supervision.SupplierId })
                .AsNoTracking().ToListAsync(ct);

            // A system's supervision concerns the agreements covering the system; a supplier-wide one the supplier's.
            var agreementsBySystem = links.Where(l => l.SystemId is not null).ToLookup(l => l.SystemId!.Value, l => l.AgreementId);
            var agreementsBySupplier = links.Where(l => l.SupplierId is not null).ToLookup(l => l.SupplierId!.Value, l => l.AgreementId);
            return findings
                .SelectMany(f => (f.ItSystemId is { } system ? agreementsBySystem[system] : agreementsBySupplier[f.SupplierId])
                    .Select(agreementId => (AgreementId: agreementId, f.Finding)))
                .ToLookup(r => r.AgreementId, r => r.Finding);
        }, cancellationToken);
}
