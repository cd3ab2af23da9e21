namespace Dbs.GraphQL.Language;

/// <summary>An integer literal, kept as written (spec §2.9.1 Int Value).</summary>
public sealed class IntValueNode : ValueNode
{
    public override Kind Kind => Kind.IntValue;

    public required string Value { get; init; }
}
