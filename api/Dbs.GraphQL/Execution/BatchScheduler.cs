namespace Dbs.GraphQL.Execution;

/// <summary>
/// Collects the DataLoaders of one request that have keys waiting and dispatches them together. The executor
/// dispatches after each wave of synchronous work (every field it could run without waiting), so the keys
/// requested during one wave go out as one batch per loader, in the order they were first requested — never on a
/// timer. Batches are fetched one after the other, because the usual per-request DbContext allows only one command
/// at a time.
/// </summary>
public sealed class BatchScheduler
{
    private readonly object _gate = new();
    private readonly List<IBatchDispatcher> _waiting = [];
    private TaskCompletionSource? _enqueued;

    public BatchScheduler(CancellationToken cancellationToken = default)
    {
        CancellationToken = cancellationToken;
    }

    /// <summary>Passed to every batch fetch: the request's cancellation.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>True when some loader has keys that no batch has fetched yet.</summary>
    public bool HasPendingBatches
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count > 0;
            }
        }
    }

    /// <summary>Fetches one batch for each loader with waiting keys, in the order the loaders got their first key.</summary>
    public async Task DispatchAsync()
    {
        IBatchDispatcher[] loaders;
        lock (_gate)
        {
            loaders = [.. _waiting];
            _waiting.Clear();
        }

        foreach (var loader in loaders)
        {
            await loader.DispatchAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    internal void Enqueue(IBatchDispatcher loader)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _waiting.Add(loader);
            signal = _enqueued;
            _enqueued = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>Completes when a loader gets waiting keys (at once if one has them already).</summary>
    internal Task WhenBatchPendingAsync()
    {
        lock (_gate)
        {
            if (_waiting.Count > 0)
            {
                return Task.CompletedTask;
            }

            _enqueued ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _enqueued.Task;
        }
    }
}
