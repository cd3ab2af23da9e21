namespace Dbs.GraphQL.Language;

/// <summary>An object type definition (spec §3.6 Objects).</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
