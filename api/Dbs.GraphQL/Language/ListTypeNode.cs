namespace Dbs.GraphQL.Language;

/// <summary>A list type reference: <c>[Type]</c> (spec §2.11 Type References).</summary>
public sealed class ListTypeNode : TypeNode
{
    public override Kind Kind => Kind.ListType;

    public required TypeNode Type { get; init; }
}
