namespace Dbs.GraphQL.Execution;

/// <summary>
/// What <see cref="DataLoader{TKey, TValue}"/> and <see cref="GroupDataLoader{TKey, TValue}"/> share: a per-request
/// cache of one task per key, and the keys not yet fetched, which the <see cref="BatchScheduler"/> dispatches as one
/// batch (split by <see cref="MaxBatchSize"/>) in first-request order. A loaded key answers synchronously from then
/// on. Safe to call from resolvers running concurrently.
/// </summary>
public abstract class DataLoaderBase<TKey, TResult> : IBatchDispatcher
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly BatchScheduler _scheduler;
    private readonly Dictionary<TKey, Task<TResult>> _cache;
    private List<TKey> _keys = [];
    private List<TaskCompletionSource<TResult>> _promises = [];

    private protected DataLoaderBase(BatchScheduler scheduler, IEqualityComparer<TKey>? keyComparer)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        _cache = new Dictionary<TKey, Task<TResult>>(keyComparer);
    }

    /// <summary>The most keys one fetch gets; 0 for no limit. Override for stores with a parameter limit.</summary>
    protected virtual int MaxBatchSize => 0;

    /// <summary>The value for a key: from the cache, or from the next batch.</summary>
    public ValueTask<TResult> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool first;
        TaskCompletionSource<TResult> promise;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return new ValueTask<TResult>(cached);
            }

            // Continuations run inline when the batch completes, so every resolver awaiting this batch has finished (and
            // asked for its own keys) by the time the executor decides what to dispatch next; queued on the thread pool,
            // some would still be running then, and their keys would go out as a second, smaller batch.
            promise = new TaskCompletionSource<TResult>();
            _cache[key] = promise.Task;
            first = _keys.Count == 0;
            _keys.Add(key);
            _promises.Add(promise);
        }

        if (first)
        {
            _scheduler.Enqueue(this);
        }

        return new ValueTask<TResult>(promise.Task);
    }

    /// <summary>The values for several keys, in the order of the keys.</summary>
    public async Task<IReadOnlyList<TResult>> LoadAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var pending = keys.Select(LoadAsync).ToList();
        var results = new TResult[pending.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = await pending[i].ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>Puts a value in the cache (e.g. an entity a mutation just saved), unless the key is there already.</summary>
    public void Set(TKey key, TResult value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Forgets a cached key, so that the next load fetches it again.</summary>
    public void Remove(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    /// <summary>Fetches the values of a batch of distinct keys into <paramref name="results"/>, same order.</summary>
    private protected abstract Task FetchAsync(IReadOnlyList<TKey> keys, TResult[] results, CancellationToken cancellationToken);

    async Task IBatchDispatcher.DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        List<TaskCompletionSource<TResult>> promises;
        lock (_gate)
        {
            keys = _keys;
            promises = _promises;
            _keys = [];
            _promises = [];
        }

        var size = MaxBatchSize > 0 ? MaxBatchSize : Math.Max(keys.Count, 1);
        for (var start = 0; start < keys.Count; start += size)
        {
            var count = Math.Min(size, keys.Count - start);
            var batch = start == 0 && count == keys.Count ? keys : keys.GetRange(start, count);
            var results = new TResult[count];
            try
            {
                await FetchAsync(batch, results, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                lock (_gate)
                {
                    // A failed key is fetched again by the next load rather than failing forever.
                    foreach (var key in batch)
                    {
                        _cache.Remove(key);
                    }
                }

                for (var i = 0; i < count; i++)
                {
                    promises[start + i].TrySetException(exception);
                }

                continue;
            }

            for (var i = 0; i < count; i++)
            {
                promises[start + i].TrySetResult(results[i]);
            }
        }
    }
}
