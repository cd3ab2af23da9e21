namespace Dbs.GraphQL.Types;

/// <summary>
/// What a resolver sees of the field it resolves. Implemented by the execution engine; argument values are already
/// coerced (see <c>InputValues</c> for the CLR shapes: Int → int, Float → double, String and ID → string,
/// Boolean → bool, enum → its bound value, input object → IReadOnlyDictionary&lt;string, object?&gt;,
/// list → IReadOnlyList&lt;object?&gt;).
/// </summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    FieldDefinition Field { get; }

    /// <summary>The value the parent field resolved to (the root value for root fields).</summary>
    object? Parent { get; }

    IServiceProvider Services { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>Per-request state shared by all resolvers of one request.</summary>
    IDictionary<string, object?> ContextData { get; }

    T ParentAs<T>();

    /// <summary>The coerced value of an argument, converted to <typeparamref name="T"/>.</summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument was given or has a default value.</summary>
    bool HasArgument(string name);

    T Service<T>()
        where T : notnull;
}
