namespace Dbs.GraphQL.Language;

/// <summary>An inline fragment, with or without type condition (spec §2.8.2 Inline Fragments).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public override Kind Kind => Kind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
