namespace Dbs.GraphQL.Language;

/// <summary>A union type definition (spec §3.8 Unions).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
