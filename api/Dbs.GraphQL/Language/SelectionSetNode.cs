namespace Dbs.GraphQL.Language;

/// <summary>The braces holding fields, fragment spreads and inline fragments (spec §2.4 Selection Sets).</summary>
public sealed class SelectionSetNode : Node
{
    public override Kind Kind => Kind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; init; } = [];
}
