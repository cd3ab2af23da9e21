namespace Dbs.GraphQL.Language;

/// <summary>
/// A depth-first walk over an AST that calls <see cref="Enter"/> before and <see cref="Leave"/> after each node's
/// children, which come in graphql-js's order (<c>QueryDocumentKeys</c>: e.g. a field's alias, name, arguments,
/// directives, selection set). Absent children (a null alias) are not visited; list items are visited in order.
/// The walk keeps its own stack, so it does not recurse however deep the AST is. Nodes are immutable: a visitor
/// inspects, it does not edit. Combine visitors (e.g. one per validation rule) with <see cref="ParallelVisitor"/>.
/// </summary>
public abstract class AstVisitor
{
    /// <summary>Called before the node's children; <paramref name="ancestors"/> holds the nodes above it.</summary>
    public virtual VisitorAction Enter(Node node, AstAncestors ancestors) => VisitorAction.Continue;

    /// <summary>Called after the node's children, unless <see cref="Enter"/> skipped them.</summary>
    public virtual VisitorAction Leave(Node node, AstAncestors ancestors) => VisitorAction.Continue;

    /// <summary>Walks <paramref name="root"/> and everything under it.</summary>
    public void Visit(Node root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var ancestors = new AstAncestors();
        var action = Enter(root, ancestors);
        if (action != VisitorAction.Continue)
        {
            return;
        }

        ancestors.Push(root);
        while (ancestors.Count > 0)
        {
            var child = ancestors.NextChild();
            if (child is null)
            {
                var node = ancestors.Pop();
                if (Leave(node, ancestors) == VisitorAction.Break)
                {
                    return;
                }

                continue;
            }

            action = Enter(child, ancestors);
            if (action == VisitorAction.Break)
            {
                return;
            }

            if (action == VisitorAction.Continue)
            {
                ancestors.Push(child);
            }
        }
    }
}
