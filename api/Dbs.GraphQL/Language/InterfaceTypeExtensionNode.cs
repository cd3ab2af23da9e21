namespace Dbs.GraphQL.Language;

/// <summary>An <c>extend interface</c> definition (spec §3.7.1 Interface Extensions).</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
