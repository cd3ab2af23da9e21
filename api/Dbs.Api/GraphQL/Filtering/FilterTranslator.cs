using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Dbs.Domain.Access;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>
/// Turns a <c>where</c> argument (HotChocolate's semantics) into a predicate EF Core translates to SQL. Every value
/// becomes a SQL parameter; negated operations (<c>neq</c>, <c>nin</c>, <c>ncontains</c>, …) are the negation of their
/// positive form under C#'s null semantics, so they match rows whose value is missing, as HotChocolate's do on EF.
/// Relations and lists are subqueries over the caller's <see cref="AccessScope"/>.
/// </summary>
internal static class FilterTranslator
{
    private static readonly MethodInfo Fold = typeof(TextFolding).GetMethod(nameof(TextFolding.Fold))!;

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly Expression EfFunctions = Expression.Property(null, typeof(EF), nameof(EF.Functions));

    public static Expression<Func<T, bool>>? Translate<T>(ListDescriptor descriptor,
        IReadOnlyDictionary<string, object?> where, AccessScope scope)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Entity(descriptor, parameter, where, scope) is { } body
            ? Expression.Lambda<Func<T, bool>>(body, parameter)
            : null;
    }

    /// <summary>The conditions of one <c>…FilterInput</c> on <paramref name="entity"/>; null when it sets none.</summary>
    private static Expression? Entity(ListDescriptor descriptor, Expression entity, IReadOnlyDictionary<string, object?> input,
        AccessScope scope)
    {
        Expression? all = null;
        foreach (var (name, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            var condition = name switch
            {
                "and" => AllOf(Entries(value).Select(e => Entity(descriptor, entity, e, scope))),
                "or" => AnyOf(Entries(value).Select(e => Entity(descriptor, entity, e, scope))),
                _ => Field(descriptor.Field(name) ?? throw new InvalidOperationException($"{descriptor.Name} has no field {name}."),
                    entity, Entry(value), scope),
            };
            all = And(all, condition);
        }

        return all;
    }

    private static Expression? Field(ListField field, Expression entity, IReadOnlyDictionary<string, object?> operations,
        AccessScope scope)
    {
        switch (field.Kind)
        {
            case ListFieldKind.String:
                return Text(field, ParameterReplacer.Inline(field.Selector!, entity), operations);
            case ListFieldKind.Relation:
            {
                var target = field.Target!();
                var related = ParameterReplacer.Inline(field.Related!(scope), entity);
                var item = Expression.Parameter(target.EntityType, "r");
                return Entity(target, item, operations, scope) is { } condition
                    ? Quantified("Any", related, Expression.Lambda(condition, item))
                    : null;
            }

            case ListFieldKind.List:
                return List(field, entity, operations, scope);
            default:
                return Value(field, ParameterReplacer.Inline(field.Selector!, entity), operations);
        }
    }

    /// <summary><c>ListFilterInputTypeOf…</c>: <c>some</c>, <c>none</c>, <c>all</c> and <c>any</c>.</summary>
    private static Expression? List(ListField field, Expression entity, IReadOnlyDictionary<string, object?> operations,
        AccessScope scope)
    {
        var target = field.Target!();
        var related = ParameterReplacer.Inline(field.Related!(scope), entity);
        Expression? all = null;
        foreach (var (operation, value) in operations)
        {
            if (value is null)
            {
                continue;
            }

            if (operation == "any")
            {
                var any = Quantified("Any", related, null);
                all = And(all, (bool)value ? any : Expression.Not(any));
                continue;
            }

            var item = Expression.Parameter(target.EntityType, "r");
            var predicate = Entity(target, item, Entry(value), scope) ?? Expression.Constant(true);
            var lambda = Expression.Lambda(predicate, item);
            all = And(all, operation switch
            {
                "some" => Quantified("Any", related, lambda),
                "none" => Expression.Not(Quantified("Any", related, lambda)),
                "all" => Quantified("All", related, lambda),
                _ => throw new InvalidOperationException($"Unknown list operation {operation}."),
            });
        }

        return all;
    }

    /// <summary><c>StringOperationFilterInput</c>: every comparison on folded text (case-insensitive).</summary>
    private static Expression? Text(ListField field, Expression value, IReadOnlyDictionary<string, object?> operations)
    {
        var folded = Expression.Call(Fold, value);
        var present = Expression.NotEqual(value, Expression.Constant(null, typeof(string)));
        Expression? all = null;
        foreach (var (operation, argument) in operations)
        {
            Expression? condition = operation switch
            {
                "and" => AllOf(Entries(argument).Select(e => Text(field, value, e))),
                "or" => AnyOf(Entries(argument).Select(e => Text(field, value, e))),
                "eq" => TextEquals(),
                "neq" => Expression.Not(TextEquals()),
                "contains" => Matches("%", "%"),
                "ncontains" => Expression.Not(Matches("%", "%")),
                "startsWith" => Matches(null, "%"),
                "nstartsWith" => Expression.Not(Matches(null, "%")),
                "endsWith" => Matches("%", null),
                "nendsWith" => Expression.Not(Matches("%", null)),
                "in" => TextIn(),
                "nin" => Expression.Not(TextIn()),
                _ => throw new InvalidOperationException($"Unknown string operation {operation}."),
            };
            all = And(all, condition);

            Expression TextEquals() => argument is string text
                ? Expression.AndAlso(present, Expression.Equal(folded, QueryParameter.Of(TextMatch.Fold(text), typeof(string))))
                : Expression.Not(present);

            Expression Matches(string? prefix, string? suffix)
            {
                var text = argument as string ?? throw NullNotAllowed(field, operation);
                var pattern = QueryParameter.Of(TextMatch.Pattern(prefix, text, suffix), typeof(string));
                return Expression.AndAlso(present,
                    Expression.Call(Like, EfFunctions, folded, pattern, Expression.Constant(TextMatch.Escape)));
            }

            Expression TextIn()
            {
                var values = Values(argument, field, operation);
                var texts = values.OfType<string>().Select(TextMatch.Fold).Distinct().ToList();
                Expression condition = Expression.AndAlso(present, Contains(texts, typeof(string), folded));
                return values.Contains(null) ? Expression.OrElse(Expression.Not(present), condition) : condition;
            }
        }

        return all;
    }

    /// <summary>Comparable, enum and Boolean operation inputs.</summary>
    private static Expression? Value(ListField field, Expression value, IReadOnlyDictionary<string, object?> operations)
    {
        var type = value.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        Expression? all = null;
        foreach (var (operation, argument) in operations)
        {
            Expression condition = operation switch
            {
                "eq" => EqualTo(),
                "neq" => Expression.Not(EqualTo()),
                "in" => In(),
                "nin" => Expression.Not(In()),
                "gt" => Compare(ExpressionType.GreaterThan),
                "ngt" => Expression.Not(Compare(ExpressionType.GreaterThan)),
                "gte" => Compare(ExpressionType.GreaterThanOrEqual),
                "ngte" => Expression.Not(Compare(ExpressionType.GreaterThanOrEqual)),
                "lt" => Compare(ExpressionType.LessThan),
                "nlt" => Expression.Not(Compare(ExpressionType.LessThan)),
                "lte" => Compare(ExpressionType.LessThanOrEqual),
                "nlte" => Expression.Not(Compare(ExpressionType.LessThanOrEqual)),
                _ => throw new InvalidOperationException($"Unknown operation {operation}."),
            };
            all = And(all, condition);

            Expression EqualTo() => argument is null
                ? nullable ? Expression.Equal(value, Expression.Constant(null, type)) : Expression.Constant(false)
                : Expression.Equal(value, QueryParameter.Of(ToClr(argument, underlying), type));

            Expression Compare(ExpressionType comparison) => Expression.MakeBinary(comparison, value,
                QueryParameter.Of(ToClr(argument ?? throw NullNotAllowed(field, operation), underlying), type));

            Expression In()
            {
                var values = Values(argument, field, operation);
                var items = values.Where(v => v is not null).Select(v => ToClr(v!, underlying)).Distinct().ToList();
                Expression condition = Contains(items, type, value);
                return nullable && values.Contains(null)
                    ? Expression.OrElse(Expression.Equal(value, Expression.Constant(null, type)), condition)
                    : condition;
            }
        }

        return all;
    }

    /// <summary><c>values.Contains(value)</c> over a list parameter (SQL <c>IN</c>).</summary>
    private static Expression Contains(IEnumerable items, Type elementType, Expression value)
    {
        var listType = typeof(List<>).MakeGenericType(elementType);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        return Expression.Call(QueryParameter.Of(list, listType), listType.GetMethod(nameof(List<object>.Contains))!, value);
    }

    private static Expression Quantified(string method, Expression related, LambdaExpression? predicate)
    {
        var elementType = related.Type.GetGenericArguments()[0];
        return predicate is null
            ? Expression.Call(typeof(Queryable), method, [elementType], related)
            : Expression.Call(typeof(Queryable), method, [elementType], related, Expression.Quote(predicate));
    }

    /// <summary>An enum value (a bound CLR member, or its GraphQL name) or a scalar as the field's CLR type.</summary>
    private static object ToClr(object value, Type type)
    {
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        if (type.IsEnum)
        {
            var wanted = value.ToString()!.Replace("_", string.Empty, StringComparison.Ordinal);
            return System.Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)) is { } name
                ? System.Enum.Parse(type, name)
                : throw FilterErrors.Error($"`{value}` is not a value of {type.Name}.", FilterErrors.InvalidValue);
        }

        return Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IReadOnlyList<object?> Values(object? argument, ListField field, string operation) =>
        argument as IReadOnlyList<object?> ?? throw NullNotAllowed(field, operation);

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Entries(object? value) =>
        ((IEnumerable)value!).OfType<IReadOnlyDictionary<string, object?>>();

    private static IReadOnlyDictionary<string, object?> Entry(object value) => (IReadOnlyDictionary<string, object?>)value;

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private static Expression? AllOf(IEnumerable<Expression?> conditions) => conditions.Aggregate((Expression?)null, And);

    /// <summary>Any of the conditions; an entry without conditions matches everything, so then the whole does.</summary>
    private static Expression? AnyOf(IEnumerable<Expression?> conditions)
    {
        Expression? any = null;
        foreach (var condition in conditions)
        {
            if (condition is null)
            {
                return null;
            }

            any = any is null ? condition : Expression.OrElse(any, condition);
        }

        return any;
    }

    private static Dbs.GraphQL.Errors.GraphQLError NullNotAllowed(ListField field, string operation) =>
        FilterErrors.Error($"`{operation}` on `{field.Name}` needs a value, not null.", FilterErrors.InvalidValue);
}
