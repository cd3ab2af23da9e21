namespace Dbs.GraphQL.Language;

/// <summary>A spread of a named fragment: <c>...Name</c> (spec §2.8 Fragments).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public override Kind Kind => Kind.FragmentSpread;

    public required NameNode Name { get; init; }
}
