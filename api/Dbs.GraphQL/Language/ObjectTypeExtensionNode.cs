namespace Dbs.GraphQL.Language;

/// <summary>An <c>extend type</c> definition (spec §3.6.3 Object Extensions).</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
