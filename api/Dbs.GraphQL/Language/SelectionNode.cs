namespace Dbs.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment (spec §2.4 Selection Sets).</summary>
public abstract class SelectionNode : Node, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
