using System.Collections.Concurrent;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// One operation of a cached document: its size for the limits, the variables its @skip/@include conditions read,
/// and a compiled <see cref="OperationPlan"/> per outcome of those conditions (a few outcomes are kept).
/// </summary>
internal sealed class PreparedOperation
{
    private const int MaxCachedPlans = 16;

    // Two bits per condition variable in the plan key.
    private const int MaxKeyedVariables = 32;

    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly ConcurrentDictionary<ulong, OperationPlan> _plans = new();
    private OperationMeasures? _measures;

    public PreparedOperation(Schema schema, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        _schema = schema;
        _fragments = fragments;
        Operation = operation;
        RootType = schema.GetRootType(operation.Operation);
        ConditionVariables = FindConditionVariables(operation, fragments);
    }

    public OperationDefinitionNode Operation { get; }

    public ObjectType? RootType { get; }

    public string[] ConditionVariables { get; }

    public OperationMeasures Measures => _measures ??= OperationMeasures.Of(Operation, _fragments);

    public OperationPlan GetPlan(IReadOnlyDictionary<string, object?> variables)
    {
        if (ConditionVariables.Length > MaxKeyedVariables)
        {
            return Compile(variables);
        }

        ulong key = 0;
        var conditions = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < ConditionVariables.Length; i++)
        {
            var name = ConditionVariables[i];
            ulong bits = 0;
            if (variables.TryGetValue(name, out var value))
            {
                bits = value switch
                {
                    false => 1UL,
                    true => 2UL,
                    _ => 3UL,
                };
                conditions[name] = value as bool?;
            }

            key |= bits << (2 * i);
        }

        if (_plans.TryGetValue(key, out var plan))
        {
            return plan;
        }

        plan = Compile(conditions);
        if (_plans.Count < MaxCachedPlans)
        {
            plan = _plans.GetOrAdd(key, plan);
        }

        return plan;
    }

    private OperationPlan Compile(IReadOnlyDictionary<string, object?> conditions)
    {
        var rootType = RootType ?? throw new InvalidOperationException("The operation has no root type.");
        var compiler = new PlanCompiler(_schema, _fragments, conditions);
        return new OperationPlan(Operation, rootType, compiler.CompileRoot(rootType, Operation.SelectionSet));
    }

    // The variables that @skip(if:) and @include(if:) read anywhere in the operation or the fragments it spreads.
    private static string[] FindConditionVariables(OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var names = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SelectionSetNode>();
        stack.Push(operation.SelectionSet);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        foreach (var argument in directive.Arguments)
                        {
                            if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
                            {
                                names.Add(variable.Name.Value);
                            }
                        }
                    }
                }

                switch (selection)
                {
                    case FieldNode { SelectionSet: { } set }:
                        stack.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                        && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        stack.Push(fragment.SelectionSet);
                        break;
                }
            }
        }

        return [.. names];
    }
}
