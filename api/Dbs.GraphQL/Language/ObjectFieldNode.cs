namespace Dbs.GraphQL.Language;

/// <summary>One field of an input object literal (spec §2.9.8 Input Object Values).</summary>
public sealed class ObjectFieldNode : Node
{
    public override Kind Kind => Kind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
