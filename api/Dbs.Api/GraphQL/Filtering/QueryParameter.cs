using System.Linq.Expressions;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>
/// A value for a query, read through a member of a constant object, which EF Core sends as a SQL parameter. A plain
/// constant would be inlined into the SQL text, and every distinct value would compile and cache another query.
/// </summary>
internal static class QueryParameter
{
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
