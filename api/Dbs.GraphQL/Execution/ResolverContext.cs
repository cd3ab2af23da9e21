using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// The executor's <see cref="IResolverContext"/>. One instance serves many fields in turn: it is handed back for
/// reuse once the field's value is completed, or — when the resolver did not finish synchronously — once its task
/// has completed, so a resolver may use its context until it returns, never after.
/// </summary>
internal sealed class ResolverContext : IResolverContext
{
    private OperationExecution? _execution;
    private FieldPlan? _field;
    private CoercedArguments _arguments = CoercedArguments.Empty;

    public Schema Schema => Execution.Schema;

    public ObjectType ObjectType => FieldPlan.ParentType;

    public FieldDefinition Field => FieldPlan.Definition;

    public object? Parent { get; private set; }

    public IServiceProvider Services => Execution.Services;

    public CancellationToken RequestAborted => Execution.CancellationToken;

    public IDictionary<string, object?> ContextData => Execution.ContextData;

    internal OperationExecution Execution =>
        _execution ?? throw new InvalidOperationException("The resolver context is used after its resolver finished.");

    internal FieldPlan FieldPlan =>
        _field ?? throw new InvalidOperationException("The resolver context is used after its resolver finished.");

    internal IReadOnlyList<FieldNode> FieldNodes => FieldPlan.Nodes;

    internal int Node { get; private set; }

    internal int Slot { get; private set; }

    public T ParentAs<T>() => Parent is T typed
        ? typed
        : throw new InvalidOperationException(
            $"The parent of {ObjectType.Name}.{Field.Name} is {Parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public T ArgumentValue<T>(string name)
    {
        if (_arguments.TryGetValue(name, out var value))
        {
            return ArgumentConverter.Convert<T>(value);
        }

        return Field.Arguments.Contains(name)
            ? default!
            : throw new ArgumentException($"The field {ObjectType.Name}.{Field.Name} has no argument \"{name}\".", nameof(name));
    }

    public bool HasArgument(string name) => _arguments.TryGetValue(name, out _);

    public T Service<T>()
        where T : notnull =>
        Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered for this request.");

    internal void Initialize(OperationExecution execution, FieldPlan field, object? parent, CoercedArguments arguments,
        int node, int slot)
    {
        _execution = execution;
        _field = field;
        _arguments = arguments;
        Parent = parent;
        Node = node;
        Slot = slot;
    }

    internal void Clear()
    {
        _execution = null;
        _field = null;
        _arguments = CoercedArguments.Empty;
        Parent = null;
    }
}
