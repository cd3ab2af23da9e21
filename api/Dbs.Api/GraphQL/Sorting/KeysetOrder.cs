using System.Linq.Expressions;
using System.Reflection;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Access;

namespace Dbs.Api.GraphQL.Sorting;

/// <summary>
/// A total order over <typeparamref name="T"/>: the requested keys, then the id. It orders a query, reads each row's
/// key values for its cursor, and turns a cursor's values back into "comes after" (keyset pagination), so a page is
/// one indexed range query however deep into the list it is and stays stable while rows come and go.
/// </summary>
public sealed class KeysetOrder<T>
{
    private static readonly MethodInfo CompareStrings = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly ParameterExpression _row = Expression.Parameter(typeof(T), "x");

    private KeysetOrder(IReadOnlyList<SortKey> keys)
    {
        Keys = keys;
    }

    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>The order of <paramref name="paths"/> then <paramref name="id"/>, relations seen through <paramref name="scope"/>.</summary>
    public static KeysetOrder<T> Create(IReadOnlyList<SortPath> paths, LambdaExpression id, AccessScope scope) =>
        new([.. paths.Select(p => Key(p, scope)), new SortKey(id, Descending: false, Nullable: false)]);

    /// <summary>The CLR type of a path's key, known without a scope (to read it back from a cursor).</summary>
    public static Type KeyType(SortPath path)
    {
        var field = path.Fields[^1];
        var type = field.Kind switch
        {
            ListFieldKind.String => typeof(string),
            ListFieldKind.Enum or ListFieldKind.Boolean => typeof(int),
            _ => Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType,
        };
        return type.IsValueType && (path.Fields.Count > 1 || field.IsNullable) ? typeof(Nullable<>).MakeGenericType(type) : type;
    }

    /// <summary>Orders <paramref name="source"/> by the keys (every direction flipped when <paramref name="reverse"/>).</summary>
    public IQueryable<T> Apply(IQueryable<T> source, bool reverse)
    {
        var expression = source.Expression;
        var first = true;
        foreach (var key in Keys.Select(k => reverse ? k.Reversed : k))
        {
            if (key.Nullable)
            {
                // Missing values are the smallest: first ascending, last descending (SQLite and PostgreSQL differ by default).
                var missing = Expression.Lambda(IsNull(Body(key)), _row);
                expression = OrderBy(expression, missing, !key.Descending, first);
                first = false;
            }

            expression = OrderBy(expression, Expression.Lambda(Body(key), _row), key.Descending, first);
            first = false;
        }

        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary>Each row with its key values, in one query.</summary>
    public IQueryable<KeysetRow<T>> Project(IQueryable<T> ordered)
    {
        var values = Expression.NewArrayInit(typeof(object), Keys.Select(k => Expression.Convert(Body(k), typeof(object))));
        var constructor = typeof(KeysetRow<T>).GetConstructors()[0];
        return ordered.Select(Expression.Lambda<Func<T, KeysetRow<T>>>(Expression.New(constructor, _row, values), _row));
    }

    /// <summary>
    /// Rows that come after the row with key <paramref name="values"/> (before it, when <paramref name="reverse"/>):
    /// k1 &gt; v1 OR (k1 = v1 AND (k2 &gt; v2 OR (… AND id &gt; vid))).
    /// </summary>
    public Expression<Func<T, bool>> After(IReadOnlyList<object?> values, bool reverse)
    {
        Expression? condition = null;
        for (var i = Keys.Count - 1; i >= 0; i--)
        {
            var key = reverse ? Keys[i].Reversed : Keys[i];
            var beyond = Beyond(key, values[i]);
            condition = condition is null
                ? beyond
                : Or(beyond, Expression.AndAlso(Same(key, values[i]), condition));
        }

        return Expression.Lambda<Func<T, bool>>(condition ?? Expression.Constant(true), _row);
    }

    /// <summary>The key strictly further along its direction than <paramref name="value"/> (null: smallest); null when nothing is.</summary>
    private Expression? Beyond(SortKey key, object? value)
    {
        var body = Body(key);
        if (value is null)
        {
            return key.Descending ? null : Expression.Not(IsNull(body));
        }

        var parameter = QueryParameter.Of(value, key.Type);
        var compared = key.Descending ? Less(body, parameter) : Greater(body, parameter);
        return key.Descending && key.Nullable ? Expression.OrElse(compared, IsNull(body)) : compared;
    }

    private Expression Same(SortKey key, object? value) =>
        value is null ? IsNull(Body(key)) : Expression.Equal(Body(key), QueryParameter.Of(value, key.Type));

    private static Expression Greater(Expression left, Expression right) => left.Type == typeof(string)
        ? Expression.GreaterThan(Expression.Call(CompareStrings, left, right), Expression.Constant(0))
        : Expression.GreaterThan(left, right);

    private static Expression Less(Expression left, Expression right) => left.Type == typeof(string)
        ? Expression.LessThan(Expression.Call(CompareStrings, left, right), Expression.Constant(0))
        : Expression.LessThan(left, right);

    private static Expression? Or(Expression? left, Expression right) => left is null ? right : Expression.OrElse(left, right);

    private static Expression IsNull(Expression value) => Expression.Equal(value, Expression.Constant(null, value.Type));

    private Expression Body(SortKey key) => ParameterReplacer.Inline(key.Key, _row);

    private static Expression OrderBy(Expression source, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], source, Expression.Quote(key));
    }

    /// <summary>The key of <paramref name="path"/>: the field's value, through each relation's first (only) row.</summary>
    private static SortKey Key(SortPath path, AccessScope scope)
    {
        var root = Expression.Parameter(typeof(T), "x");
        var body = Value(path.Fields, 0, root, scope);
        var type = KeyType(path);
        if (body.Type != type)
        {
            body = Expression.Convert(body, type);
        }

        return new SortKey(Expression.Lambda(body, root), path.Descending, path.Fields.Count > 1 || path.Fields[^1].IsNullable);
    }

    private static Expression Value(IReadOnlyList<ListField> fields, int index, Expression entity, AccessScope scope)
    {
        var field = fields[index];
        if (field.Kind != ListFieldKind.Relation)
        {
            return Ordinal(field, ParameterReplacer.Inline(field.Selector!, entity));
        }

        var related = ParameterReplacer.Inline(field.Related!(scope), entity);
        var elementType = related.Type.GetGenericArguments()[0];
        var item = Expression.Parameter(elementType, "r");
        var value = Value(fields, index + 1, item, scope);
        if (value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null)
        {
            value = Expression.Convert(value, typeof(Nullable<>).MakeGenericType(value.Type));
        }

        var selected = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [elementType, value.Type], related,
            Expression.Quote(Expression.Lambda(value, item)));
        return Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [value.Type], selected);
    }

    /// <summary>Enums by declaration (lifecycle) order and Booleans false-then-true, as integers SQL can compare.</summary>
    private static Expression Ordinal(ListField field, Expression value)
    {
        if (field.Kind is not (ListFieldKind.Enum or ListFieldKind.Boolean))
        {
            return value;
        }

        var nullable = Nullable.GetUnderlyingType(value.Type) is not null;
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        object[] members = type == typeof(bool) ? [false, true] : System.Enum.GetValues(type).Cast<object>().ToArray();
        Expression result = nullable ? Expression.Constant(null, typeof(int?)) : Expression.Constant(members.Length - 1);
        for (var i = members.Length - (nullable ? 1 : 2); i >= 0; i--)
        {
            var ordinal = nullable ? Expression.Constant(i, typeof(int?)) : Expression.Constant(i);
            result = Expression.Condition(Expression.Equal(value, Expression.Constant(members[i], value.Type)), ordinal, result);
        }

        return result;
    }
}
