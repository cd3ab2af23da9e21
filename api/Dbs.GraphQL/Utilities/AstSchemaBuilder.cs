using Dbs.GraphQL.Errors;
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

    /// <summary>Parses SDL and builds a schema from it (graphql-js <c>buildSchema</c>).</summary>
    public static Schema BuildSchema(string sdl, IEnumerable<ScalarType>? scalarImplementations = null) =>
        BuildAstSchema(Parser.Parse(sdl), scalarImplementations);

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
            // Without a schema definition the roots are the types named after the operations (spec §3.3.1); a
            // type with such a name that is not an object type is reported by the validator, as in graphql-js.
            var deferred = config.DeferredErrors.ToList();
            ObjectType? Root(string name, string message)
            {
                var type = config.Types.FirstOrDefault(t => t.Name == name);
                if (type is not null and not ObjectType)
                {
                    deferred.Add(new DeferredTypeError(null, new GraphQLError(message + type.Name + ".", type.AstNode is null ? null : [type.AstNode])));
                }

                return type as ObjectType;
            }

            config = config with
            {
                Query = Root("Query", "Query root type must be Object type, it cannot be "),
                Mutation = Root("Mutation", "Mutation root type must be Object type if provided, it cannot be "),
                Subscription = Root("Subscription", "Subscription root type must be Object type if provided, it cannot be "),
                DeferredErrors = deferred,
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
