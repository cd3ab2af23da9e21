using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Types;

/// <summary>
/// A resolver context for calling resolvers directly: the field's parent, its coerced arguments (with the
/// field's defaults) and a dictionary of services.
/// </summary>
internal sealed class TestResolverContext(
    Schema schema,
    string typeName,
    string fieldName,
    object? parent,
    IReadOnlyDictionary<string, object?>? arguments = null,
    IReadOnlyDictionary<Type, object>? services = null) : IResolverContext, IServiceProvider
{
    private readonly IReadOnlyDictionary<string, object?> _arguments = arguments ?? new Dictionary<string, object?>();
    private readonly IReadOnlyDictionary<Type, object> _services = services ?? new Dictionary<Type, object>();

    public Schema Schema { get; } = schema;

    public ObjectType ObjectType { get; } = (ObjectType)schema.GetType(typeName)!;

    public FieldDefinition Field => ObjectType.GetField(fieldName) ?? IntrospectionField(fieldName);

    public object? Parent { get; } = parent;

    public IServiceProvider Services => this;

    public CancellationToken RequestAborted { get; init; }

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public T ParentAs<T>() => (T)Parent!;

    public T ArgumentValue<T>(string name)
    {
        if (_arguments.TryGetValue(name, out var value))
        {
            return (T)value!;
        }

        var argument = Field.Arguments[name];
        return argument is { HasDefaultValue: true } ? (T)argument.DefaultValue! : default!;
    }

    public bool HasArgument(string name) => _arguments.ContainsKey(name) || Field.Arguments[name]?.HasDefaultValue == true;

    public T Service<T>()
        where T : notnull => (T)_services[typeof(T)];

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);

    public async ValueTask<object?> Resolve() => await Field.Resolver!(this);

    private static FieldDefinition IntrospectionField(string name) => name switch
    {
        "__schema" => Introspection.SchemaMetaField,
        "__type" => Introspection.TypeMetaField,
        _ => Introspection.TypeNameMetaField,
    };
}
