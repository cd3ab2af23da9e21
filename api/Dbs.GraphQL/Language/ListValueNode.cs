namespace Dbs.GraphQL.Language;

/// <summary>A list literal (spec §2.9.7 List Value).</summary>
public sealed class ListValueNode : ValueNode
{
    public override Kind Kind => Kind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; init; } = [];
}
