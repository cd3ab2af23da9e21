using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.ItSystems;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.ItSystems;

/// <summary>IT systems and <c>Query.itSystems</c>.</summary>
internal static class ItSystemSchema
{
    public static SchemaBuilder AddItSystems(this SchemaBuilder builder) =>
        builder
            .BindRuntimeType<ItSystem>("ItSystem")
            .AddResolver<ItSystemType>("ItSystem")
            .AddResolver<ItSystemQueries>("Query")
            .AddListing(ItSystemFilters.Descriptor)
            .AddConnection<ItSystem>("ItSystemsConnection");
}
