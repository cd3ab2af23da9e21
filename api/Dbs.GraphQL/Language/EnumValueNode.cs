namespace Dbs.GraphQL.Language;

/// <summary>An enum value: a name other than true, false or null (spec §2.9.6 Enum Value).</summary>
public sealed class EnumValueNode : ValueNode
{
    public override Kind Kind => Kind.EnumValue;

    public required string Value { get; init; }
}
