namespace Dbs.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c> (spec §2.9.3 Boolean Value).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public override Kind Kind => Kind.BooleanValue;

    public bool Value { get; init; }
}
