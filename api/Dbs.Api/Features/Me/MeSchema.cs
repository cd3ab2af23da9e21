using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Me;

/// <summary><c>Query.me</c>: who the caller is.</summary>
internal static class MeSchema
{
    public static SchemaBuilder AddMe(this SchemaBuilder builder) =>
        builder
            .AddResolver<MeQueries>("Query");
}
