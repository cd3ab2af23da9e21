namespace Dbs.GraphQL.Language;

/// <summary>An <c>extend union</c> definition (spec §3.8.1 Union Extensions).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
