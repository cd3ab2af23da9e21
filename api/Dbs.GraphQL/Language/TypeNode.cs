namespace Dbs.GraphQL.Language;

/// <summary>A named, list or non-null type reference (spec §2.11 Type References).</summary>
public abstract class TypeNode : Node
{
}
