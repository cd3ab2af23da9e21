using Dbs.Domain.SubProcessors;
using Dbs.Domain.Suppliers;

namespace Dbs.Api.Features.SubProcessors;

/// <summary><c>Supplier.subProcessors</c>: the supplier's engagements, by DataLoader.</summary>
public sealed class SupplierSubProcessors
{
    public async Task<SubProcessorEngagement[]> SubProcessorsAsync(Supplier parent, EngagementsBySupplierIdDataLoader engagements) =>
        await engagements.LoadAsync(parent.Id);
}
