namespace Dbs.GraphQL.Language;

/// <summary>A reference to a type by name (spec §2.11 Type References).</summary>
public sealed class NamedTypeNode : TypeNode
{
    public override Kind Kind => Kind.NamedType;

    public required NameNode Name { get; init; }
}
