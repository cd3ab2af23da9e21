using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Execution.CostAnalysis;

/// <summary>
/// Computes an operation's <see cref="OperationCost"/> before it runs (IBM GraphQL cost specification, static
/// analysis): @skip/@include are not evaluated (every selection counts); a list field multiplies the cost of its
/// selection by its size, which is the largest slicing argument given (a variable's value, else the argument's
/// default), else <c>assumedSize</c>, else <see cref="CostOptions.DefaultListSize"/>; <c>sizedFields</c> hand the size
/// to the named child fields instead (a connection's edges and nodes). Where an abstract type's selection narrows to
/// different types, the costliest type counts, not their sum. Introspection fields cost nothing.
/// </summary>
internal sealed class CostAnalyzer
{
    private readonly Schema _schema;
    private readonly SchemaCosts _costs;
    private readonly CostOptions _options;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly ObjectType? _mutationType;
    private readonly Dictionary<string, Cost> _fragmentCosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);
    private GraphQLError? _error;

    private CostAnalyzer(Schema schema, SchemaCosts costs, CostOptions options,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        _schema = schema;
        _costs = costs;
        _options = options;
        _fragments = fragments;
        _variables = variables;
        _mutationType = schema.GetRootType(OperationType.Mutation);
    }

    /// <summary>The cost, or the error of a field that lacks its required slicing argument.</summary>
    public static (OperationCost Cost, GraphQLError? Error) Analyze(Schema schema, SchemaCosts costs, CostOptions options,
        OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        var analyzer = new CostAnalyzer(schema, costs, options, fragments, variables);
        var cost = analyzer.SelectionSet(operation.SelectionSet, rootType, null);
        var rootWeight = costs.Weight(rootType) ?? 1;
        return (new OperationCost(cost.Field, Saturate(cost.Type + rootWeight)), analyzer._error);
    }

    private Cost SelectionSet(SelectionSetNode set, GraphQLNamedType parentType, IReadOnlyDictionary<string, double>? sized)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var common = default(Cost);
        Dictionary<string, Cost>? narrowed = null;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    common += Field(field, parentType, sized);
                    break;

                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? _schema.GetType(condition.Name.Value) : parentType;
                    if (inlineType is not null)
                    {
                        Add(inlineType, SelectionSet(inline.SelectionSet, inlineType, sized));
                    }

                    break;

                case FragmentSpreadNode spread:
                    if (_fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && _schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType
                        && Fragment(fragment, fragmentType, sized) is { } fragmentCost)
                    {
                        Add(fragmentType, fragmentCost);
                    }

                    break;
            }
        }

        if (narrowed is not null)
        {
            common += new Cost(narrowed.Values.Max(c => c.Field), narrowed.Values.Max(c => c.Type));
        }

        return common;

        // On an object type every fragment applies; on an abstract type one narrowing to another type applies only
        // to objects of that type.
        void Add(GraphQLNamedType type, Cost cost)
        {
            if (parentType is ObjectType || ReferenceEquals(type, parentType))
            {
                common += cost;
                return;
            }

            narrowed ??= new Dictionary<string, Cost>(StringComparer.Ordinal);
            narrowed[type.Name] = narrowed.GetValueOrDefault(type.Name) + cost;
        }
    }

    // A fragment costs the same wherever it is spread, unless a parent hands sizes to its fields: measured once, so
    // fragments spreading each other repeatedly cannot make the analysis take exponential time.
    private Cost? Fragment(FragmentDefinitionNode fragment, GraphQLNamedType type, IReadOnlyDictionary<string, double>? sized)
    {
        var name = fragment.Name.Value;
        if (sized is null && _fragmentCosts.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_visiting.Add(name))
        {
            return null;
        }

        var cost = SelectionSet(fragment.SelectionSet, type, sized);
        _visiting.Remove(name);
        if (sized is null)
        {
            _fragmentCosts[name] = cost;
        }

        return cost;
    }

    private Cost Field(FieldNode field, GraphQLNamedType parentType, IReadOnlyDictionary<string, double>? sized)
    {
        var name = field.Name.Value;
        // Introspection reads the fixed, bounded schema: it is free, so tools can always ask for it.
        if (name.StartsWith("__", StringComparison.Ordinal)
            || (parentType as ComplexOutputType)?.GetField(name) is not { } definition)
        {
            return default;
        }

        var type = definition.Type.NamedType;
        var weight = _costs.Weight(definition)
            ?? (ReferenceEquals(parentType, _mutationType) ? _options.DefaultMutationWeight : type.IsCompositeType ? 1 : 0);
        foreach (var argument in field.Arguments)
        {
            if (definition.Arguments.TryGet(argument.Name.Value, out var argumentDefinition))
            {
                weight += _costs.Weight(argumentDefinition) ?? 0;
            }
        }

        var isList = definition.Type.NullableType is ListType;
        var listSize = _costs.ListSize(definition);
        IReadOnlyDictionary<string, double>? childSizes = null;
        double multiplier;
        if (sized is not null && sized.TryGetValue(name, out var handed))
        {
            multiplier = handed;
        }
        else if (listSize is null)
        {
            multiplier = isList ? _options.DefaultListSize : 1;
        }
        else
        {
            var size = Size(field, definition, listSize);
            if (listSize.SizedFields.Count > 0)
            {
                childSizes = listSize.SizedFields.Distinct(StringComparer.Ordinal).ToDictionary(f => f, _ => size, StringComparer.Ordinal);
                multiplier = isList ? _options.DefaultListSize : 1;
            }
            else
            {
                multiplier = isList ? size : 1;
            }
        }

        var child = field.SelectionSet is { } set && type.IsCompositeType ? SelectionSet(set, type, childSizes) : default;
        var typeWeight = type.IsCompositeType ? _costs.Weight(type) ?? 1 : 0;
        return new Cost(Saturate(weight + (multiplier * child.Field)), Saturate(multiplier * (typeWeight + child.Type)));
    }

    // The largest slicing argument given, else the assumed size; checks requireOneSlicingArgument.
    private double Size(FieldNode field, FieldDefinition definition, ListSizeDirective listSize)
    {
        var given = 0;
        double? largest = null;
        foreach (var path in listSize.SlicingArguments)
        {
            if (SlicingValue(field, definition, path) is { } value)
            {
                given++;
                largest = Math.Max(largest ?? 0, value);
            }
        }

        if (_options.EnforceSlicingArguments && listSize.RequireOneSlicingArgument && listSize.SlicingArguments.Count > 0
            && given != 1 && _error is null)
        {
            var names = string.Join(", ", listSize.SlicingArguments.Select(a => $"`{a}`"));
            _error = new GraphQLError(
                $"Exactly one slicing argument ({names}) must be given to `{field.Name.Value}`; {given} were given.",
                [field], extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.SlicingArgumentRequired });
        }

        return largest is { } size ? Math.Max(0, size) : listSize.AssumedSize ?? _options.DefaultListSize;
    }

    // An argument (or a field of an input object argument, "filter.max") as a number; null when not given.
    private double? SlicingValue(FieldNode field, FieldDefinition definition, string path)
    {
        var segments = path.Split('.');
        object? value = null;
        var found = false;
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value == segments[0])
            {
                value = InputValues.ValueFromAstUntyped(argument.Value, _variables);
                found = argument.Value is not VariableNode variable || _variables.ContainsKey(variable.Name.Value);
                break;
            }
        }

        if (!found && definition.Arguments.TryGet(segments[0], out var argumentDefinition) && argumentDefinition.HasDefaultValue)
        {
            value = argumentDefinition.DefaultValue;
        }

        for (var i = 1; i < segments.Length && value is not null; i++)
        {
            value = value switch
            {
                IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(segments[i]),
                IDictionary map => map.Contains(segments[i]) ? map[segments[i]] : null,
                _ => null,
            };
        }

        return value switch
        {
            int or long or short or double or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    private static double Saturate(double value) => double.IsNaN(value) ? double.MaxValue : Math.Min(value, double.MaxValue);

    private readonly record struct Cost(double Field, double Type)
    {
        public static Cost operator +(Cost a, Cost b) => new(Saturate(a.Field + b.Field), Saturate(a.Type + b.Type));
    }
}
