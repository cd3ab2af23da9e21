namespace Dbs.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk, as graphql-js's <c>visitInParallel</c>: each visitor sees the nodes in the same
/// order; one that skips a node's children is not called again until the walk leaves that node; one that breaks is
/// not called again at all. The walk stops when every visitor has broken. Meant for one walk: it keeps that
/// state.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private readonly AstVisitor[] _visitors;
    private readonly Node?[] _skippingUntilLeaving;
    private readonly bool[] _broken;
    private int _active;

    public ParallelVisitor(IEnumerable<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skippingUntilLeaving = new Node?[_visitors.Length];
        _broken = new bool[_visitors.Length];
        _active = _visitors.Length;
    }

    public override VisitorAction Enter(Node node, AstAncestors ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_broken[i] || _skippingUntilLeaving[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node, ancestors))
            {
                case VisitorAction.SkipChildren:
                    _skippingUntilLeaving[i] = node;
                    break;
                case VisitorAction.Break:
                    Stop(i);
                    break;
            }
        }

        return _active == 0 ? VisitorAction.Break : VisitorAction.Continue;
    }

    public override VisitorAction Leave(Node node, AstAncestors ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_broken[i])
            {
                continue;
            }

            if (_skippingUntilLeaving[i] is null)
            {
                if (_visitors[i].Leave(node, ancestors) == VisitorAction.Break)
                {
                    Stop(i);
                }
            }
            else if (ReferenceEquals(_skippingUntilLeaving[i], node))
            {
                _skippingUntilLeaving[i] = null;
            }
        }

        return _active == 0 ? VisitorAction.Break : VisitorAction.Continue;
    }

    private void Stop(int index)
    {
        _broken[index] = true;
        _active--;
    }
}
