using System.Collections;

namespace Dbs.GraphQL.Language;

/// <summary>
/// The nodes above the node being visited, from the root (index 0) to the parent (last); also the walk's stack,
/// which remembers how far each ancestor's children have been visited.
/// </summary>
public sealed class AstAncestors : IReadOnlyList<Node>
{
    private Frame[] _frames = new Frame[32];
    private int _count;

    internal AstAncestors()
    {
    }

    public int Count => _count;

    /// <summary>The parent of the node being visited; null for the root.</summary>
    public Node? Parent => _count > 0 ? _frames[_count - 1].Node : null;

    public Node this[int index] =>
        (uint)index < (uint)_count ? _frames[index].Node : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Node> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _frames[i].Node;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Push(Node node)
    {
        if (_count == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        _frames[_count++] = new Frame(node);
    }

    internal Node Pop()
    {
        var node = _frames[--_count].Node;
        _frames[_count] = default;
        return node;
    }

    /// <summary>The next child of the top node to visit, or null when all have been visited.</summary>
    internal Node? NextChild()
    {
        ref var frame = ref _frames[_count - 1];
        while (true)
        {
            if (frame.List is not null)
            {
                if (frame.ListIndex < frame.List.Count)
                {
                    return frame.List[frame.ListIndex++];
                }

                frame.List = null;
            }

            var member = AstChildren.Get(frame.Node, frame.MemberIndex++);
            switch (member)
            {
                case Node child:
                    return child;
                case IReadOnlyList<Node> list:
                    frame.List = list;
                    frame.ListIndex = 0;
                    break;
                case null:
                    break;
                default:
                    return null; // AstChildren.End
            }
        }
    }

    private struct Frame(Node node)
    {
        public readonly Node Node = node;
        public int MemberIndex;
        public IReadOnlyList<Node>? List;
        public int ListIndex;
    }
}
