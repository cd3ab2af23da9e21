namespace Dbs.GraphQL.Language;

/// <summary>An interface type definition (spec §3.7 Interfaces).</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
