namespace Dbs.GraphQL.Execution;

/// <summary>
/// Loads one value per key in batches: derive from it, fetch a batch with one query (e.g. <c>WHERE id IN (…)</c>)
/// and return a dictionary; keys the dictionary lacks load as <c>default</c> (null). Obtain it in a resolver with
/// <c>context.DataLoader&lt;AgreementByIdDataLoader&gt;()</c>, <c>context.Service&lt;…&gt;()</c> or as a parameter
/// of a resolver method: one instance per request, its constructor's <see cref="BatchScheduler"/> supplied by the
/// executor and its other parameters by the request's services (no registration needed).
/// </summary>
public abstract class DataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    protected DataLoader(BatchScheduler scheduler, IEqualityComparer<TKey>? keyComparer = null)
        : base(scheduler, keyComparer)
    {
    }

    /// <summary>The values of a batch of distinct keys, keyed by key.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken);

    private protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, TValue?[] results,
        CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = values.TryGetValue(keys[i], out var value) ? value : default;
        }
    }
}
