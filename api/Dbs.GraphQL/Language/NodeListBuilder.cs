using System.Buffers;

namespace Dbs.GraphQL.Language;

/// <summary>
/// One stack of nodes for all the lists of a parse: a list's items are pushed as they are parsed and, because
/// nested lists are finished first, sit on top when the list ends; they are then copied into an array of the exact
/// size. Saves the growing of one list per node.
/// </summary>
internal sealed class NodeListBuilder : IDisposable
{
    private Node[] _items = ArrayPool<Node>.Shared.Rent(64);
    private int _count;

    public int Mark => _count;

    public void Push(Node node)
    {
        if (_count == _items.Length)
        {
            var grown = ArrayPool<Node>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(grown);
            ReturnItems();
            _items = grown;
        }

        _items[_count++] = node;
    }

    /// <summary>The nodes pushed since <paramref name="mark"/>, removed from the stack.</summary>
    public IReadOnlyList<T> Pop<T>(int mark)
        where T : Node
    {
        var count = _count - mark;
        if (count == 0)
        {
            return [];
        }

        var list = new T[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = (T)_items[mark + i];
        }

        Array.Clear(_items, mark, count);
        _count = mark;
        return list;
    }

    public void Dispose() => ReturnItems();

    private void ReturnItems() => ArrayPool<Node>.Shared.Return(_items, clearArray: true);
}
