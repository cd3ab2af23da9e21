namespace Dbs.GraphQL.Language;

/// <summary>An enum type definition (spec §3.9 Enums).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
