namespace Dbs.GraphQL.Language;

/// <summary>An input object literal (spec §2.9.8 Input Object Values).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public override Kind Kind => Kind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];
}
