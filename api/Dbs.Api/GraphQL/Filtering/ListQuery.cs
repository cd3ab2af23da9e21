using System.Linq.Expressions;
using Dbs.Api.GraphQL.Sorting;
using Dbs.Domain.Access;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>
/// A list request's checked <c>where</c> and <c>order</c>, applied inside the request's read, after the caller's
/// <see cref="AccessScope"/> has scoped the source (so a filter can only narrow what the caller may see).
/// </summary>
public sealed class ListQuery<T>
{
    private readonly ListDescriptor? _descriptor;
    private readonly IReadOnlyDictionary<string, object?>? _where;
    private readonly LambdaExpression _id;

    internal ListQuery(ListDescriptor<T> descriptor, IReadOnlyDictionary<string, object?>? where, IReadOnlyList<SortPath> order)
        : this(descriptor.Id, descriptor, where, order)
    {
    }

    private ListQuery(LambdaExpression id, ListDescriptor? descriptor, IReadOnlyDictionary<string, object?>? where,
        IReadOnlyList<SortPath> order)
    {
        _id = id;
        _descriptor = descriptor;
        _where = where;
        Order = order;
        Signature = order.Count == 0 ? null : string.Join(',', order);
        KeyTypes = [.. order.Select(KeysetOrder<T>.KeyType), id.ReturnType];
    }

    /// <summary>The requested order (the id follows it).</summary>
    public IReadOnlyList<SortPath> Order { get; }

    /// <summary>The order as text, carried in cursors; null for the default order by id.</summary>
    public string? Signature { get; }

    /// <summary>The CLR types of the keys, the id last.</summary>
    public IReadOnlyList<Type> KeyTypes { get; }

    /// <summary>All items by <paramref name="id"/>: no filter, the default order.</summary>
    public static ListQuery<T> ById(Expression<Func<T, int>> id) => new(id, null, null, []);

    /// <summary>All items by a 64-bit <paramref name="id"/>: no filter, the default order.</summary>
    public static ListQuery<T> ById(Expression<Func<T, long>> id) => new(id, null, null, []);

    /// <summary><paramref name="scoped"/> narrowed by the filter.</summary>
    public IQueryable<T> Filter(AccessScope scope, IQueryable<T> scoped) =>
        _descriptor is not null && _where is not null && FilterTranslator.Translate<T>(_descriptor, _where, scope) is { } predicate
            ? scoped.Where(predicate)
            : scoped;

    public KeysetOrder<T> Ordering(AccessScope scope) => KeysetOrder<T>.Create(Order, _id, scope);
}
