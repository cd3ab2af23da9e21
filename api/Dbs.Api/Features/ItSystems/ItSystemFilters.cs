using Dbs.Api.Features.Suppliers;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.ItSystems;

namespace Dbs.Api.Features.ItSystems;

/// <summary>What <c>ItSystemFilterInput</c> and <c>ItSystemSortInput</c> offer.</summary>
internal static class ItSystemFilters
{
    public static readonly ListDescriptor<ItSystem> Descriptor = new ListDescriptor<ItSystem>("ItSystem", s => s.Id)
        .String("name", s => s.Name, "The system's name.")
        .String("description", s => s.Description, "What the system is for.")
        .Relation("supplier", scope => s => scope.Suppliers.Where(x => x.Id == s.SupplierId), () => SupplierFilters.Descriptor,
            "The supplier that delivers the system (as far as the caller may see it).");
}
