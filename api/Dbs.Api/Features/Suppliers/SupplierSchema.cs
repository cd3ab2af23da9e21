using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Suppliers;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Suppliers;

/// <summary>Suppliers (leverandører) and <c>Query.suppliers</c>.</summary>
internal static class SupplierSchema
{
    public static SchemaBuilder AddSuppliers(this SchemaBuilder builder) =>
        builder
            .BindRuntimeType<Supplier>("Supplier")
            .AddResolver<SupplierType>("Supplier")
            .AddResolver<SupplierQueries>("Query")
            .AddListing(SupplierFilters.Descriptor)
            .AddConnection<Supplier>("SuppliersConnection");
}
