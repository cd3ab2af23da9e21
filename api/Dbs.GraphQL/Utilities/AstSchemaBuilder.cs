using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL (graphql-js <c>buildASTSchema</c>) and extends one with more SDL (<c>extendSchema</c>).
/// Fields get the default resolvers; use <see cref="SchemaBuilder"/> to bind resolvers and runtime types.
/// Invalid SDL throws a <see cref="SchemaException"/> listing every problem; type system rules that need the
/// whole schema are checked by <see cref="SchemaValidator"/>.
/// </summary>
public static class AstSchemaBuilder
{
    /// <param name="document">Type system definitions.</param>
    /// <param name="scalarImplementations">
    /// Scalars that replace a same-named <c>scalar</c> definition (as the specified scalars always do), e.g.
    /// <see cref="Scalars.DateTime"/>.
    /// </param>
    public static Schema BuildAstSchema(DocumentNode document, IEnumerable<ScalarType>? scalarImplementations = null) =>
        new(BuildConfig(document, scalarImplementations));

    /// <summary>Adds the types, fields, values, directives and root types of <paramref name="document"/>.</summary>
    public static Schema ExtendSchema(Schema schema, DocumentNode document, IEnumerable<ScalarType>? scalarImplementations = null)
    {
        var existing = new SchemaConfig
        {
            Description = schema.Description,
            Query = schema.QueryType,
            Mutation = schema.MutationType,
            Subscription = schema.SubscriptionType,
            Types = schema.Types,
            Directives = schema.Directives,
            AstNode = schema.AstNode,
            ExtensionAstNodes = schema.ExtensionAstNodes,
            DeferredErrors = schema.DeferredErrors,
        };
        var config = SchemaDefinitionBuilder.Build(existing, document, scalarImplementations ?? []);
        return ReferenceEquals(config, existing) ? schema : new Schema(config);
    }

    internal static SchemaConfig BuildConfig(DocumentNode document, IEnumerable<ScalarType>? scalarImplementations)
    {
        var config = SchemaDefinitionBuilder.Build(new SchemaConfig { Directives = [] }, document, scalarImplementations ?? []);
        if (config.AstNode is null)
        {
            // Without a schema definition the roots are the types named after the operations (spec §3.3.1).
            config = config with
            {
                Query = config.Types.OfType<ObjectType>().FirstOrDefault(t => t.Name == "Query"),
                Mutation = config.Types.OfType<ObjectType>().FirstOrDefault(t => t.Name == "Mutation"),
                Subscription = config.Types.OfType<ObjectType>().FirstOrDefault(t => t.Name == "Subscription"),
            };
        }

        var directives = (config.Directives ?? []).ToList();
        foreach (var specified in Directives.SpecifiedDirectives)
        {
            if (!directives.Exists(d => d.Name == specified.Name))
            {
                directives.Add(specified);
            }
        }

        return config with { Directives = directives };
    }
}
