namespace Dbs.Api.GraphQL.Sorting;

/// <summary>An item of a page and the values of its sort keys, read in the same query (for its cursor).</summary>
public sealed class KeysetRow<T>(T item, object?[] keys)
{
    public T Item { get; } = item;

    public object?[] Keys { get; } = keys;
}
