namespace Dbs.GraphQL.Language;

/// <summary>A name: the identifier of a field, type, argument, directive... (spec §2.1.9 Names).</summary>
public sealed class NameNode : Node
{
    public override Kind Kind => Kind.Name;

    public required string Value { get; init; }
}
