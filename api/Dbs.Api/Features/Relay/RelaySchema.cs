using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Relay;

/// <summary>Relay's root fields: <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
internal static class RelaySchema
{
    public static SchemaBuilder AddRelay(this SchemaBuilder builder) =>
        builder
            .AddResolver<NodeQueries>("Query");
}
