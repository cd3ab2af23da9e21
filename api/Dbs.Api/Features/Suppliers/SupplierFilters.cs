using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Suppliers;

namespace Dbs.Api.Features.Suppliers;

/// <summary>What <c>SupplierFilterInput</c> and <c>SupplierSortInput</c> offer.</summary>
internal static class SupplierFilters
{
    public static readonly ListDescriptor<Supplier> Descriptor = new ListDescriptor<Supplier>("Supplier", s => s.Id)
        .String("cvr", s => s.Cvr, "The supplier's CVR number (8 digits).")
        .String("name", s => s.Name, "The supplier's name.");
}
