using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Dbs.Api.GraphQL;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Api.GraphQL.Sorting;
using Dbs.Domain.Access;
using Dbs.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Relay;

/// <summary>
/// Relay cursor pagination (first/after/last/before) by keyset: the cursor holds the row's sort key values (under the
/// default order, its integer id, 32 or 64 bits: base64 of <c>key:&lt;id&gt;</c>; under a requested <c>order</c>, see
/// <see cref="KeysetCursor"/>), so it stays valid while rows come and go, and every page is one keyed SQL query.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;
    public const string PageSizeErrorCode = "PAGING_PAGE_SIZE_EXCEEDED";
    public const string InvalidArgumentCode = "PAGING_INVALID_ARGUMENT";

    /// <summary>
    /// The page of <paramref name="source"/> (as the caller's <see cref="AccessScope"/> sees it) that the arguments
    /// select, ordered by <paramref name="key"/>. Without first and last, the first <see cref="DefaultPageSize"/>.
    /// </summary>
    public static Task<Connection<T>> PageAsync<T>(RequestData data, Func<AccessScope, IQueryable<T>> source,
        Expression<Func<T, int>> key, PageArguments arguments, CancellationToken cancellationToken) =>
        PageAsync(data, source, ListQuery<T>.ById(key), arguments, cancellationToken);

    /// <summary>As the other overload, for a list keyed by a 64-bit integer.</summary>
    public static Task<Connection<T>> PageAsync<T>(RequestData data, Func<AccessScope, IQueryable<T>> source,
        Expression<Func<T, long>> key, PageArguments arguments, CancellationToken cancellationToken) =>
        PageAsync(data, source, ListQuery<T>.ById(key), arguments, cancellationToken);

    /// <summary>
    /// The page of <paramref name="source"/> (as the caller's <see cref="AccessScope"/> sees it), filtered and ordered
    /// by <paramref name="query"/> (its order, then the id), that the arguments select.
    /// </summary>
    public static async Task<Connection<T>> PageAsync<T>(RequestData data, Func<AccessScope, IQueryable<T>> source,
        ListQuery<T> query, PageArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(query);
        var (first, after, last, before) = arguments;
        Check("first", first);
        Check("last", last);
        var afterKeys = after is null ? null : DecodeCursor("after", after, query);
        var beforeKeys = before is null ? null : DecodeCursor("before", before, query);
        if (first is null && last is null)
        {
            first = DefaultPageSize;
        }

        var page = await data.ReadAsync((scope, ct) => ReadPageAsync(query.Filter(scope, source(scope)), query.Ordering(scope),
            query.Signature, first, afterKeys, last, beforeKeys, ct), cancellationToken);
        return new Connection<T>(page.Edges, page.PageInfo,
            ct => data.ReadAsync((scope, c) => query.Filter(scope, source(scope)).CountAsync(c), ct));
    }

    private static async Task<(List<Edge<T>> Edges, PageInfo PageInfo)> ReadPageAsync<T>(IQueryable<T> source,
        KeysetOrder<T> order, string? signature, int? first, object?[]? afterKeys, int? last, object?[]? beforeKeys,
        CancellationToken cancellationToken)
    {
        var window = source;
        if (afterKeys is not null)
        {
            window = window.Where(order.After(afterKeys, reverse: false));
        }

        if (beforeKeys is not null)
        {
            window = window.Where(order.After(beforeKeys, reverse: true));
        }

        List<KeysetRow<T>> rows;
        bool hasNext, hasPrevious;
        if (first is { } take)
        {
            rows = await order.Project(order.Apply(window, reverse: false)).Take(take + 1).ToListAsync(cancellationToken);
            hasNext = rows.Count > take;
            if (hasNext)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var trimmed = last is { } tail && rows.Count > tail;
            if (trimmed)
            {
                rows = rows[^last!.Value..];
            }

            hasPrevious = trimmed
                || (afterKeys is not null && await source.AnyAsync(Not(order.After(afterKeys, reverse: false)), cancellationToken));
        }
        else
        {
            var tail = last!.Value;
            rows = await order.Project(order.Apply(window, reverse: true)).Take(tail + 1).ToListAsync(cancellationToken);
            hasPrevious = rows.Count > tail;
            if (hasPrevious)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            rows.Reverse();
            hasNext = beforeKeys is not null && await source.AnyAsync(Not(order.After(beforeKeys, reverse: true)), cancellationToken);
        }

        var edges = rows.Select(row => new Edge<T>(
            signature is null ? EncodeCursor(Convert.ToInt64(row.Keys[^1], CultureInfo.InvariantCulture)) : KeysetCursor.Encode(signature, row.Keys), row.Item)).ToList();
        var pageInfo = new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return (edges, pageInfo);
    }

    public static string EncodeCursor(long key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("key:" + key.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Whether <paramref name="cursor"/> is a cursor of the default order.</summary>
    internal static bool IsCursor(string cursor) => TryDecodeCursor(cursor, out _);

    private static object?[] DecodeCursor<T>(string argument, string cursor, ListQuery<T> query)
    {
        if (query.Signature is { } signature)
        {
            return KeysetCursor.Decode(argument, cursor, signature, query.KeyTypes);
        }

        // A key of the list's own type: a 64-bit key beyond an int list's range cannot be one of its rows.
        if (TryDecodeCursor(cursor, out var key))
        {
            if (query.KeyTypes[^1] == typeof(long))
            {
                return [key];
            }

            if (key is >= int.MinValue and <= int.MaxValue)
            {
                return [(int)key];
            }
        }

        throw KeysetCursor.IsCursor(cursor)
            ? Error($"The cursor given as `{argument}` belongs to a requested order, not to the default one. " +
                "Give the same `order`, or start again from the first page.", KeysetCursor.OrderMismatchCode)
            : Error($"The cursor given as `{argument}` is not a cursor of this connection.", InvalidArgumentCode);
    }

    private static bool TryDecodeCursor(string cursor, out long key)
    {
        var bytes = new byte[(cursor.Length * 3 / 4) + 3];
        key = 0;
        return Convert.TryFromBase64String(cursor, bytes, out var written)
            && Encoding.UTF8.GetString(bytes, 0, written) is { } text
            && text.StartsWith("key:", StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(4), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out key);
    }

    private static void Check(string argument, int? count)
    {
        if (count < 0)
        {
            throw Error($"`{argument}` must not be negative (it was {count}).", InvalidArgumentCode);
        }

        if (count > MaxPageSize)
        {
            throw Error($"`{argument}` asks for {count} items, but a page holds at most {MaxPageSize}. " +
                "Request at most 50 and page through the rest with the cursors.", PageSizeErrorCode);
        }
    }

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
