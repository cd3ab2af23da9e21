namespace Dbs.GraphQL.Execution;

/// <summary>
/// The documents a <see cref="RequestExecutor"/> has parsed and validated, by their exact text, so that a repeated
/// request skips both (and reuses its compiled plans). Bounded: past <see cref="Capacity"/> the least recently used
/// document leaves. Safe for concurrent requests.
/// </summary>
public sealed class DocumentCache
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, CachedDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, CachedDocument Document)> _recency = new();
    private long _hits;
    private long _misses;

    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Requests answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests whose document had to be parsed and validated.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    public bool Contains(string text)
    {
        lock (_gate)
        {
            return _entries.ContainsKey(text);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    internal CachedDocument GetOrAdd(string text, Func<string, CachedDocument> prepare)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var found))
            {
                _recency.Remove(found);
                _recency.AddFirst(found);
                _hits++;
                return found.Value.Document;
            }

            _misses++;
        }

        // Prepared outside the lock: a large document must not hold up other requests.
        var document = prepare(text);
        if (Capacity == 0)
        {
            return document;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var raced))
            {
                return raced.Value.Document;
            }

            _entries[text] = _recency.AddFirst((text, document));
            if (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Text);
            }
        }

        return document;
    }
}
