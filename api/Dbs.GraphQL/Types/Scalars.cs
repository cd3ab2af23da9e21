namespace Dbs.GraphQL.Types;

/// <summary>The built-in scalar instances, shared by every schema.</summary>
public static class Scalars
{
    public static IntType Int { get; } = new();

    public static FloatType Float { get; } = new();

    public static StringType String { get; } = new();

    public static BooleanType Boolean { get; } = new();

    public static IdType ID { get; } = new();

    /// <summary>Not specified by GraphQL; bound when SDL declares <c>scalar DateTime</c>.</summary>
    public static DateTimeType DateTime { get; } = new();

    /// <summary>Not specified by GraphQL; bound when SDL declares <c>scalar Date</c>.</summary>
    public static DateType Date { get; } = new();

    /// <summary>Not specified by GraphQL; bound when SDL declares <c>scalar Long</c>.</summary>
    public static LongType Long { get; } = new();

    /// <summary>The five scalars of the specification, in graphql-js's order.</summary>
    public static IReadOnlyList<ScalarType> SpecifiedScalarTypes { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The scalars the schema builder knows without registration: the specified ones, DateTime, Date, Long.</summary>
    public static IReadOnlyList<ScalarType> BuiltIn { get; } = [String, Int, Float, Boolean, ID, DateTime, Date, Long];

    public static bool IsSpecifiedScalarType(GraphQLNamedType type) =>
        type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
