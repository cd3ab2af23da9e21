namespace Dbs.GraphQL.Language;

/// <summary>A named argument of a field or directive (spec §2.6 Arguments).</summary>
public sealed class ArgumentNode : Node
{
    public override Kind Kind => Kind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
