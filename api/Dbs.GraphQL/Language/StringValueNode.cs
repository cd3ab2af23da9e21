namespace Dbs.GraphQL.Language;

/// <summary>A string literal with escapes resolved; block strings dedented (spec §2.9.4 String Value).</summary>
public sealed class StringValueNode : ValueNode
{
    public override Kind Kind => Kind.StringValue;

    public required string Value { get; init; }

    public bool Block { get; init; }
}
