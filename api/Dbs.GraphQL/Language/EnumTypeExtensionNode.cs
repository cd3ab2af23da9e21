namespace Dbs.GraphQL.Language;

/// <summary>An <c>extend enum</c> definition (spec §3.9.1 Enum Extensions).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
