namespace Dbs.GraphQL.Language;

/// <summary>A float literal, kept as written (spec §2.9.2 Float Value).</summary>
public sealed class FloatValueNode : ValueNode
{
    public override Kind Kind => Kind.FloatValue;

    public required string Value { get; init; }
}
