using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Supervisions;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Supervisions;

/// <summary>Supervisions (tilsyn) and <c>Query.supervisions</c>.</summary>
internal static class SupervisionSchema
{
    public static SchemaBuilder AddSupervisions(this SchemaBuilder builder) =>
        builder
            .AddResolver<SupervisionQueries>("Query")
            .BindRuntimeType<Supervision>("Supervision")
            .BindRuntimeType<SupervisionStatus>("SupervisionStatus")
            .BindRuntimeType<SupervisionMethod>("SupervisionMethod")
            .AddResolver<SupervisionType>("Supervision")
            .AddListing(SupervisionFilters.Descriptor)
            .AddConnection<Supervision>("SupervisionsConnection");
}
