using Dbs.Api.Features.ItSystems;
using Dbs.Api.Features.Suppliers;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Supervisions;

/// <summary>
/// What <c>SupervisionFilterInput</c> and <c>SupervisionSortInput</c> offer. Not the conclusion: a draft is DBS's
/// only, and a filter on it would tell others what it says.
/// </summary>
internal static class SupervisionFilters
{
    public static readonly ListDescriptor<Supervision> Descriptor = new ListDescriptor<Supervision>("Supervision", s => s.Id)
        .Comparable("year", s => s.Year, "The year supervised.")
        .Enum("status", s => s.Status, "Where the supervision is in its life.")
        .Enum("method", s => s.Method, "How the supervision is carried out.")
        .Relation("supplier", scope => s => scope.Suppliers.Where(x => x.Id == s.SupplierId), () => SupplierFilters.Descriptor,
            "The supplier supervised.")
        .Relation("itSystem", scope => s => scope.ItSystems.Where(x => x.Id == s.ItSystemId), () => ItSystemFilters.Descriptor,
            "The IT system supervised; none when the supervision covers the supplier as a whole.")
        .Comparable("plannedAt", s => s.PlannedAt, "When DBS planned the supervision.")
        .Comparable("releasedAt", s => s.ReleasedAt, "When the report was released.");
}
