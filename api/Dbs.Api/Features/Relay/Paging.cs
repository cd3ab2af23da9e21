using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Dbs.Api.GraphQL;
using Dbs.Domain.Access;
using Dbs.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Relay;

/// <summary>
/// Relay cursor pagination (first/after/last/before) over an IQueryable ordered by an integer key: the cursor is the
/// key (opaque: base64), so it stays valid while rows come and go, and every page is one keyed SQL query.
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
    public static async Task<Connection<T>> PageAsync<T>(RequestData data, Func<AccessScope, IQueryable<T>> source,
        Expression<Func<T, int>> key, PageArguments arguments, CancellationToken cancellationToken)
    {
        var (first, after, last, before) = arguments;
        Check("first", first);
        Check("last", last);
        var afterKey = after is null ? (int?)null : DecodeCursor("after", after);
        var beforeKey = before is null ? (int?)null : DecodeCursor("before", before);
        if (first is null && last is null)
        {
            first = DefaultPageSize;
        }

        var page = await data.ReadAsync((scope, ct) => ReadPageAsync(source(scope), key, first, afterKey, last, beforeKey, ct),
            cancellationToken);
        return new Connection<T>(page.Edges, page.PageInfo,
            ct => data.ReadAsync((scope, c) => source(scope).CountAsync(c), ct));
    }

    private static async Task<(List<Edge<T>> Edges, PageInfo PageInfo)> ReadPageAsync<T>(IQueryable<T> source,
        Expression<Func<T, int>> key, int? first, int? afterKey, int? last, int? beforeKey, CancellationToken cancellationToken)
    {
        var window = source;
        if (afterKey is { } a)
        {
            window = window.Where(Compare(key, a, ExpressionType.GreaterThan));
        }

        if (beforeKey is { } b)
        {
            window = window.Where(Compare(key, b, ExpressionType.LessThan));
        }

        List<T> items;
        bool hasNext, hasPrevious;
        var keyOf = key.Compile();
        if (first is { } take)
        {
            items = await window.OrderBy(key).Take(take + 1).ToListAsync(cancellationToken);
            hasNext = items.Count > take;
            if (hasNext)
            {
                items.RemoveAt(items.Count - 1);
            }

            var trimmed = last is { } tail && items.Count > tail;
            if (trimmed)
            {
                items = items[^last!.Value..];
            }

            hasPrevious = trimmed
                || (afterKey is { } ak && await source.AnyAsync(Compare(key, ak + 1, ExpressionType.LessThan), cancellationToken));
        }
        else
        {
            var tail = last!.Value;
            items = await window.OrderByDescending(key).Take(tail + 1).ToListAsync(cancellationToken);
            hasPrevious = items.Count > tail;
            if (hasPrevious)
            {
                items.RemoveAt(items.Count - 1);
            }

            items.Reverse();
            hasNext = beforeKey is { } bk && await source.AnyAsync(Compare(key, bk - 1, ExpressionType.GreaterThan), cancellationToken);
        }

        var edges = items.Select(item => new Edge<T>(EncodeCursor(keyOf(item)), item)).ToList();
        var pageInfo = new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return (edges, pageInfo);
    }

    public static string EncodeCursor(int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("key:" + key.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string argument, string cursor)
    {
        var bytes = new byte[(cursor.Length * 3 / 4) + 3];
        if (Convert.TryFromBase64String(cursor, bytes, out var written)
            && Encoding.UTF8.GetString(bytes, 0, written) is { } text
            && text.StartsWith("key:", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(4), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key))
        {
            return key;
        }

        throw Error($"The cursor given as `{argument}` is not a cursor of this connection.", InvalidArgumentCode);
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

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, int>> key, int value, ExpressionType comparison) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.MakeBinary(comparison, key.Body, Expression.Constant(value)), key.Parameters);

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
