namespace Dbs.GraphQL.Language;

/// <summary>A non-null type reference: <c>Type!</c>; the inner type is named or list (spec §2.11 Type References).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public override Kind Kind => Kind.NonNullType;

    public required TypeNode Type { get; init; }
}
