namespace Dbs.GraphQL.Execution;

/// <summary>
/// Loads the values belonging to each key in batches (a one-to-many relation, e.g. the findings of an agreement):
/// fetch a batch with one query and return a lookup; a key without values loads as an empty array.
/// </summary>
public abstract class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupDataLoader(BatchScheduler scheduler, IEqualityComparer<TKey>? keyComparer = null)
        : base(scheduler, keyComparer)
    {
    }

    /// <summary>The values of a batch of distinct keys, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken);

    private protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, TValue[][] results,
        CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = groups.Contains(keys[i]) ? [.. groups[keys[i]]] : [];
        }
    }
}
