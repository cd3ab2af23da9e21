using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is made of (graphql-js's <c>GraphQLSchemaConfig</c>).</summary>
public sealed record SchemaConfig
{
    public ObjectType? Query { get; init; }

    public ObjectType? Mutation { get; init; }

    public ObjectType? Subscription { get; init; }

    /// <summary>
    /// Types to include besides those reachable from the roots and directives; their order is the schema's type
    /// order (the printer and introspection keep it).
    /// </summary>
    public IReadOnlyList<GraphQLNamedType> Types { get; init; } = [];

    /// <summary>The directives; null means the specified ones (<see cref="Directives.SpecifiedDirectives"/>).</summary>
    public IReadOnlyList<DirectiveDefinition>? Directives { get; init; }

    public string? Description { get; init; }

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    internal IReadOnlyList<DeferredTypeError> DeferredErrors { get; init; } = [];
}
