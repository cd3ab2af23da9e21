using System.Collections;
using System.Collections.Concurrent;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec §6.3, §6.4) into a <see cref="ResultTree"/>. Fields run depth-first and
/// synchronously as long as their values are at hand — compiled getters, default readers, resolvers whose
/// <see cref="ValueTask{TResult}"/> is already complete — with no task or state machine per field. A resolver that
/// has to wait leaves its slot pending; once nothing more can run, the DataLoader batches requested so far are
/// dispatched and the pending fields are completed as their values arrive (those already there in the order they
/// were started), each again synchronously (a wave). All result and error bookkeeping happens on this one logical
/// flow, so it needs no locks.
/// </summary>
internal sealed class OperationExecution
{
    // Object levels completed on one call stack; deeper levels continue from the queue with a fresh stack.
    private const int MaxSyncDepth = 64;

    private readonly OperationPlan _plan;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly object? _rootValue;
    private readonly IReadOnlyDictionary<string, object?>? _initialContextData;
    private readonly bool _includeExceptionDetails;
    private readonly ResultTree _tree;
    private readonly List<GraphQLError> _errors = [];
    private readonly Queue<PendingWork> _pending = new();
    private readonly Stack<ResolverContext> _spareContexts = new();
    private readonly object _loaderGate = new();
    private Dictionary<FieldPlan, object>? _variableArguments;
    private Dictionary<Type, object>? _dataLoaders;
    private IDictionary<string, object?>? _contextData;

    public OperationExecution(Schema schema, OperationPlan plan, IReadOnlyDictionary<string, object?> variables,
        object? rootValue, IServiceProvider services, IReadOnlyDictionary<string, object?>? contextData,
        bool includeExceptionDetails, ResultTree tree, CancellationToken cancellationToken)
    {
        Schema = schema;
        _plan = plan;
        _variables = variables;
        _rootValue = rootValue;
        Services = new RequestServices(this, services);
        _initialContextData = contextData;
        _includeExceptionDetails = includeExceptionDetails;
        _tree = tree;
        CancellationToken = cancellationToken;
        Scheduler = new BatchScheduler(cancellationToken);
    }

    public Schema Schema { get; }

    /// <summary>The request's services with its scheduler and DataLoaders (see <see cref="RequestServices"/>).</summary>
    public IServiceProvider Services { get; }

    public CancellationToken CancellationToken { get; }

    public BatchScheduler Scheduler { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Per-request state; concurrent, since asynchronous resolvers may run at the same time.</summary>
    public IDictionary<string, object?> ContextData
    {
        get
        {
            lock (_loaderGate)
            {
                return _contextData ??= _initialContextData is null
                    ? new ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
                    : new ConcurrentDictionary<string, object?>(_initialContextData, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Runs the operation; the root object is node 0 of the tree, null when a non-null root field failed.</summary>
    public async Task ExecuteAsync()
    {
        var root = _plan.Root;
        var rootNode = _tree.AddObject(root, -1, -1);
        if (root.Error is not null)
        {
            _errors.Add(root.Error);
            _tree.Nodes[rootNode].IsNull = true;
            return;
        }

        if (_plan.Operation.Operation == OperationType.Mutation)
        {
            // Spec §6.3.1: mutation root fields run one after another, each with everything beneath it.
            var first = _tree.Nodes[rootNode].First;
            for (var i = 0; i < root.Fields.Length; i++)
            {
                CancellationToken.ThrowIfCancellationRequested();
                if (!ExecuteField(root.Fields[i], _rootValue, rootNode, first + i, 0))
                {
                    _tree.Nodes[rootNode].IsNull = true;
                }

                await DrainAsync().ConfigureAwait(false);
                if (_tree.Nodes[rootNode].IsNull)
                {
                    return;
                }
            }

            return;
        }

        ExecuteFields(root, _rootValue, rootNode, 0);
        await DrainAsync().ConfigureAwait(false);
    }

    /// <summary>The request's instance of a DataLoader, created on first use.</summary>
    public object GetDataLoader(Type loaderType)
    {
        lock (_loaderGate)
        {
            _dataLoaders ??= [];
            if (!_dataLoaders.TryGetValue(loaderType, out var loader))
            {
                loader = DataLoaderActivator.Create(loaderType, Scheduler, Services);
                _dataLoaders[loaderType] = loader;
            }

            return loader;
        }
    }

    /// <summary>The response path of a slot: response keys and list indices from the root.</summary>
    public IReadOnlyList<object> PathOf(int node, int slot)
    {
        var segments = new List<object>();
        var nodes = _tree.Nodes;
        while (node >= 0)
        {
            ref readonly var current = ref nodes[node];
            var index = slot - current.First;
            segments.Add(current.Plan is { } plan ? plan.Fields[index].ResponseName : index);
            slot = current.ParentSlot;
            node = current.Parent;
        }

        segments.Reverse();
        return segments;
    }

    // Executes the fields of an object in order (spec §6.3 ExecuteSelectionSet). False when a non-null field failed,
    // so the object itself is null; the remaining fields are then not run, as in graphql-js.
    private bool ExecuteFields(SelectionSetPlan plan, object? parent, int node, int depth)
    {
        if (CancellationToken.IsCancellationRequested)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }

        var fields = plan.Fields;
        var first = _tree.Nodes[node].First;
        for (var i = 0; i < fields.Length; i++)
        {
            if (!ExecuteField(fields[i], parent, node, first + i, depth))
            {
                _tree.Nodes[node].IsNull = true;
                return false;
            }
        }

        return true;
    }

    // Spec §6.4 ExecuteField. False when the field is non-null and its value is null or failed.
    private bool ExecuteField(FieldPlan field, object? parent, int node, int slot, int depth)
    {
        object? value;
        try
        {
            switch (field.Mode)
            {
                case FieldMode.TypeName:
                    SetReference(slot, ResultKind.String, field.ParentType.Name);
                    return true;

                case FieldMode.ReadString when parent?.GetType() == field.ReaderType:
                    var text = field.StringGetter!(parent!);
                    if (text is null)
                    {
                        return CompleteNull(field, node, slot);
                    }

                    SetReference(slot, ResultKind.String, text);
                    return true;

                case FieldMode.ReadInt when parent?.GetType() == field.ReaderType:
                    SetNumber(slot, ResultKind.Int, field.IntGetter!(parent!));
                    return true;

                case FieldMode.ReadFloat when parent?.GetType() == field.ReaderType:
                    var number = field.FloatGetter!(parent!);
                    if (!double.IsFinite(number))
                    {
                        // Let the scalar report it, with its own message.
                        return CompleteValue(field, field.Definition.Type, number, node, slot, depth, null);
                    }

                    SetNumber(slot, ResultKind.Float, number);
                    return true;

                case FieldMode.ReadBoolean when parent?.GetType() == field.ReaderType:
                    SetNumber(slot, field.BooleanGetter!(parent!) ? ResultKind.True : ResultKind.False, 0);
                    return true;

                case FieldMode.Resolve:
                    return Resolve(field, parent, node, slot, depth);

                default:
                    value = field.Definition.ParentReader!(parent);
                    break;
            }
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            return FieldFailed(field, exception, node, slot);
        }

        return CompleteValue(field, field.Definition.Type, value, node, slot, depth, null);
    }

    private bool Resolve(FieldPlan field, object? parent, int node, int slot, int depth)
    {
        CoercedArguments arguments;
        if (field.ConstantArguments is { } constant)
        {
            arguments = constant;
        }
        else if (field.ArgumentError is { } argumentError)
        {
            return FieldFailed(field, argumentError, node, slot);
        }
        else
        {
            var coerced = GetVariableArguments(field);
            if (coerced is GraphQLError error)
            {
                return FieldFailed(field, error, node, slot);
            }

            arguments = (CoercedArguments)coerced;
        }

        var resolver = field.Definition.Resolver
            ?? throw new InvalidOperationException($"The field {field.ParentType.Name}.{field.Definition.Name} has no resolver.");
        var context = RentContext();
        context.Initialize(this, field, parent, arguments, node, slot);
        ValueTask<object?> task;
        try
        {
            task = resolver(context);
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            ReturnContext(context);
            return FieldFailed(field, exception, node, slot);
        }

        if (!task.IsCompleted)
        {
            _pending.Enqueue(new PendingWork(field, node, slot, task.AsTask(), context, null, null));
            return true;
        }

        object? value;
        try
        {
            value = task.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            ReturnContext(context);
            return FieldFailed(field, exception, node, slot);
        }

        var completed = CompleteValue(field, field.Definition.Type, value, node, slot, depth, context);
        ReturnContext(context);
        return completed;
    }

    // Spec §6.4.3 CompleteValue. False when the type is non-null and the value is null or failed (the error is
    // recorded); a nullable position takes the null itself.
    private bool CompleteValue(FieldPlan field, GraphQLType type, object? value, int node, int slot, int depth,
        ResolverContext? context)
    {
        if (value is Exception error)
        {
            // As graphql-js: an error returned as a value (e.g. a list item) fails its position.
            _errors.Add(Locate(error, field, node, slot));
            if (type is NonNullType)
            {
                return false;
            }

            SetNumber(slot, ResultKind.Null, 0);
            return true;
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                _errors.Add(NonNullError(field, node, slot));
                return false;
            }

            return CompleteNonNull(field, nonNull.OfType, value, node, slot, depth, context);
        }

        if (value is not null && !CompleteNonNull(field, type, value, node, slot, depth, context))
        {
            SetNumber(slot, ResultKind.Null, 0);
        }

        return true;
    }

    private bool CompleteNull(FieldPlan field, int node, int slot)
    {
        if (field.IsNonNull)
        {
            _errors.Add(NonNullError(field, node, slot));
            return false;
        }

        return true;
    }

    // Completes a non-null value of a nullable type. False when it failed; the error is recorded.
    private bool CompleteNonNull(FieldPlan field, GraphQLType type, object value, int node, int slot, int depth,
        ResolverContext? context)
    {
        switch (type)
        {
            case ScalarType scalar:
                return CompleteScalar(field, scalar, value, node, slot);

            case EnumType enumType:
                try
                {
                    SetReference(slot, ResultKind.String, enumType.Serialize(value));
                    return true;
                }
                catch (Exception exception) when (!IsAbort(exception))
                {
                    _errors.Add(Locate(exception, field, node, slot));
                    return false;
                }

            case ListType list:
                return CompleteList(field, list, value, node, slot, depth, context);

            case ObjectType objectType:
                return CompleteObject(field, objectType, value, node, slot, depth);

            default:
                var runtimeType = ResolveAbstractType(field, type.NamedType, value, node, slot, context);
                return runtimeType is not null && CompleteObject(field, runtimeType, value, node, slot, depth);
        }
    }

    private bool CompleteScalar(FieldPlan field, ScalarType scalar, object value, int node, int slot)
    {
        switch (value)
        {
            case string text when scalar is StringType or IdType:
                SetReference(slot, ResultKind.String, text);
                return true;
            case int integer when scalar is IntType:
                SetNumber(slot, ResultKind.Int, integer);
                return true;
            case double number when scalar is FloatType && double.IsFinite(number):
                SetNumber(slot, ResultKind.Float, number);
                return true;
            case bool flag when scalar is BooleanType:
                SetNumber(slot, flag ? ResultKind.True : ResultKind.False, 0);
                return true;
        }

        object? serialized;
        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            _errors.Add(Locate(exception, field, node, slot));
            return false;
        }

        switch (serialized)
        {
            case null:
                _errors.Add(Locate(new GraphQLError(
                    $"Expected `{scalar.Name}.serialize({ValueInspector.Inspect(value)})` to return non-nullable value, returned: null"),
                    field, node, slot));
                return false;
            case string text:
                SetReference(slot, ResultKind.String, text);
                return true;
            case int integer:
                SetNumber(slot, ResultKind.Int, integer);
                return true;
            case double number when double.IsFinite(number):
                SetNumber(slot, ResultKind.Float, number);
                return true;
            case bool flag:
                SetNumber(slot, flag ? ResultKind.True : ResultKind.False, 0);
                return true;
            default:
                if (!JsonLikeValue.IsWithinDepth(serialized, InputValues.MaxDepth))
                {
                    _errors.Add(Locate(new GraphQLError(
                        $"{scalar.Name} value exceeds the maximum nesting depth of {InputValues.MaxDepth}."), field, node, slot));
                    return false;
                }

                SetReference(slot, ResultKind.Value, serialized);
                return true;
        }
    }

    // Spec §6.4.3 for lists. A failed non-null item makes the whole list null; graphql-js stops at that item.
    private bool CompleteList(FieldPlan field, ListType type, object value, int node, int slot, int depth,
        ResolverContext? context)
    {
        if (value is string or IDictionary or IReadOnlyDictionary<string, object?> || value is not IEnumerable enumerable)
        {
            _errors.Add(Locate(new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Definition.Name}\"."),
                field, node, slot));
            return false;
        }

        IList items;
        if (value is IList list)
        {
            items = list;
        }
        else
        {
            try
            {
                var buffer = new List<object?>();
                foreach (var item in enumerable)
                {
                    buffer.Add(item);
                }

                items = buffer;
            }
            catch (Exception exception) when (!IsAbort(exception))
            {
                _errors.Add(Locate(exception, field, node, slot));
                return false;
            }
        }

        var itemType = type.OfType;
        var count = items.Count;
        var listNode = _tree.AddList(count, itemType is NonNullType, node, slot);
        SetNode(slot, ResultKind.List, listNode);
        var first = _tree.Nodes[listNode].First;
        for (var i = 0; i < count; i++)
        {
            if (!CompleteValue(field, itemType, items[i], listNode, first + i, depth, context))
            {
                _tree.Nodes[listNode].IsNull = true;
                return false;
            }
        }

        return true;
    }

    private bool CompleteObject(FieldPlan field, ObjectType type, object value, int node, int slot, int depth)
    {
        var plan = field.GetSelectionSet(type);
        if (plan.Error is not null)
        {
            _errors.Add(Locate(plan.Error, field, node, slot));
            return false;
        }

        var objectNode = _tree.AddObject(plan, node, slot);
        SetNode(slot, ResultKind.Object, objectNode);
        if (depth >= MaxSyncDepth)
        {
            _pending.Enqueue(new PendingWork(null, objectNode, slot, null, null, plan, value));
            return true;
        }

        return ExecuteFields(plan, value, objectNode, depth + 1);
    }

    // Spec §6.4.3 ResolveAbstractType, with graphql-js's checks and messages.
    private ObjectType? ResolveAbstractType(FieldPlan field, GraphQLNamedType abstractType, object value, int node,
        int slot, ResolverContext? context)
    {
        var rented = context is null;
        if (context is null)
        {
            context = RentContext();
            context.Initialize(this, field, null, CoercedArguments.Empty, node, slot);
        }

        try
        {
            var name = Schema.ResolveAbstractTypeName(abstractType, value, context);
            var nodes = field.Nodes;
            if (name is null)
            {
                throw new GraphQLError(
                    $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Definition.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                    nodes);
            }

            return Schema.GetType(name) switch
            {
                null => throw new GraphQLError(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.", nodes),
                ObjectType objectType when Schema.IsSubType(abstractType, objectType) => objectType,
                ObjectType objectType => throw new GraphQLError(
                    $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", nodes),
                _ => throw new GraphQLError(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".", nodes),
            };
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            _errors.Add(Locate(exception, field, node, slot));
            return null;
        }
        finally
        {
            if (rented)
            {
                ReturnContext(context);
            }
        }
    }

    // Runs waves until nothing is pending: complete the fields whose values have arrived (in the order they were
    // started; each completion runs synchronously and may start more), dispatch the DataLoader batches requested
    // meanwhile, and otherwise wait for the next value to arrive. Values are taken as they come, like graphql-js's
    // promises, so a slow field does not hold up the others.
    private async Task DrainAsync()
    {
        List<PendingWork>? wave = null;
        while (true)
        {
            while (_pending.TryDequeue(out var queued))
            {
                (wave ??= []).Add(queued);
            }

            if (wave is null || wave.Count == 0)
            {
                if (!Scheduler.HasPendingBatches)
                {
                    return;
                }

                await Scheduler.DispatchAsync().WaitAsync(CancellationToken).ConfigureAwait(false);
                continue;
            }

            CancellationToken.ThrowIfCancellationRequested();
            var completed = 0;
            for (var i = 0; i < wave.Count; i++)
            {
                var work = wave[i];
                if (work.Task is { IsCompleted: false })
                {
                    wave[completed++] = work;
                    continue;
                }

                CompletePending(work);
            }

            var progressed = completed < wave.Count;
            wave.RemoveRange(completed, wave.Count - completed);
            if (progressed || _pending.Count > 0)
            {
                continue;
            }

            if (Scheduler.HasPendingBatches)
            {
                await Scheduler.DispatchAsync().WaitAsync(CancellationToken).ConfigureAwait(false);
                continue;
            }

            var tasks = new Task[wave.Count + 1];
            for (var i = 0; i < wave.Count; i++)
            {
                tasks[i] = wave[i].Task!;
            }

            // A resolver may await one DataLoader and then another: wake up for new batches too.
            tasks[^1] = Scheduler.WhenBatchPendingAsync();
            // A resolver that ignores the cancellation must not hold up a timeout.
            await Task.WhenAny(tasks).WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    private void CompletePending(PendingWork work)
    {
        if (work.Field is not { } field)
        {
            if (!IsInsideNull(work.Node) && !ExecuteFields(work.Plan!, work.Value, work.Node, 0))
            {
                PropagateNull(work.Node);
            }

            return;
        }

        object? value;
        try
        {
            value = work.Task!.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            ReturnContext(work.Context!);

            // graphql-js 16.15 drops what happens beneath a position that is already null.
            if (!IsInsideNull(work.Node) && !FieldFailed(field, exception, work.Node, work.Slot))
            {
                PropagateNull(work.Node);
            }

            return;
        }

        if (!IsInsideNull(work.Node) && !CompleteValue(field, field.Definition.Type, value, work.Node, work.Slot, 0, work.Context))
        {
            PropagateNull(work.Node);
        }

        ReturnContext(work.Context!);
    }

    // A field failed: record the error; a nullable field becomes null, a non-null one fails its parent.
    private bool FieldFailed(FieldPlan field, Exception exception, int node, int slot)
    {
        _errors.Add(Locate(exception, field, node, slot));
        if (field.IsNonNull)
        {
            return false;
        }

        SetNumber(slot, ResultKind.Null, 0);
        return true;
    }

    // A node became null after its parent was written: carry the null up to the nearest nullable position.
    private void PropagateNull(int node)
    {
        var nodes = _tree.Nodes;
        while (true)
        {
            ref var current = ref nodes[node];
            current.IsNull = true;
            if (current.Parent < 0)
            {
                return;
            }

            var parent = current.Parent;
            var parentSlot = current.ParentSlot;
            SetNumber(parentSlot, ResultKind.Null, 0);
            ref readonly var owner = ref nodes[parent];
            var nonNull = owner.Plan is { } plan ? plan.Fields[parentSlot - owner.First].IsNonNull : owner.ItemsNonNull;
            if (!nonNull)
            {
                return;
            }

            node = parent;
        }
    }

    private bool IsInsideNull(int node)
    {
        var nodes = _tree.Nodes;
        for (; node >= 0; node = nodes[node].Parent)
        {
            if (nodes[node].IsNull)
            {
                return true;
            }
        }

        return false;
    }

    // graphql-js's locatedError: an error that has a path already stays as it is; otherwise it gets the field's
    // nodes (unless it has its own) and the path. Exceptions other than GraphQL errors are hidden unless enabled.
    private GraphQLError Locate(Exception exception, FieldPlan field, int node, int slot)
    {
        if (exception is GraphQLError { Path: not null } located)
        {
            return located;
        }

        var graphQLError = exception as GraphQLError;
        var message = graphQLError is not null || _includeExceptionDetails
            ? exception.Message
            : "Unexpected Execution Error";
        return new GraphQLError(message, graphQLError?.Nodes ?? field.Nodes, graphQLError?.Source,
            graphQLError?.Positions, PathOf(node, slot), exception);
    }

    private GraphQLError NonNullError(FieldPlan field, int node, int slot) =>
        new($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}.", field.Nodes,
            path: PathOf(node, slot));

    private object GetVariableArguments(FieldPlan field)
    {
        _variableArguments ??= [];
        if (!_variableArguments.TryGetValue(field, out var coerced))
        {
            try
            {
                coerced = ArgumentCoercion.Coerce(field.Definition.Arguments, field.Nodes[0].Arguments, field.Nodes[0], _variables);
            }
            catch (GraphQLError error)
            {
                coerced = error;
            }

            _variableArguments[field] = coerced;
        }

        return coerced;
    }

    private bool IsAbort(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;

    private ResolverContext RentContext() => _spareContexts.TryPop(out var context) ? context : new ResolverContext();

    private void ReturnContext(ResolverContext context)
    {
        context.Clear();
        _spareContexts.Push(context);
    }

    private void SetReference(int slot, ResultKind kind, object value)
    {
        ref var target = ref _tree.Slots[slot];
        target.Kind = kind;
        target.Reference = value;
    }

    private void SetNumber(int slot, ResultKind kind, double number)
    {
        ref var target = ref _tree.Slots[slot];
        target.Kind = kind;
        target.Number = number;
        target.Reference = null;
    }

    private void SetNode(int slot, ResultKind kind, int node)
    {
        ref var target = ref _tree.Slots[slot];
        target.Kind = kind;
        target.Node = node;
    }

    /// <summary>A field waiting for its resolver, or (without a field) an object continued on a fresh stack.</summary>
    private readonly record struct PendingWork(
        FieldPlan? Field,
        int Node,
        int Slot,
        Task<object?>? Task,
        ResolverContext? Context,
        SelectionSetPlan? Plan,
        object? Value);
}
