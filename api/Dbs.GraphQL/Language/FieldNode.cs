namespace Dbs.GraphQL.Language;

/// <summary>A field selection, optionally aliased (spec §2.5 Fields).</summary>
public sealed class FieldNode : SelectionNode
{
    public override Kind Kind => Kind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }
}
