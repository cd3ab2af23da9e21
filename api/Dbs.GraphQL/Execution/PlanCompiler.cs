using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Compiles selection sets into <see cref="SelectionSetPlan"/>s (spec §6.3.2 CollectFields, graphql-js's
/// <c>collectFields</c>/<c>collectSubfields</c>) for one operation and one outcome of its @skip/@include
/// conditions: <paramref name="directiveVariables"/> holds just the variables those directives use.
/// </summary>
internal sealed class PlanCompiler(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> directiveVariables)
{
    public Schema Schema { get; } = schema;

    public SelectionSetPlan CompileRoot(ObjectType rootType, SelectionSetNode selectionSet) =>
        Compile(rootType, [selectionSet]);

    public SelectionSetPlan CompileSubfields(ObjectType type, FieldNode[] fieldNodes)
    {
        var sets = new List<SelectionSetNode>(fieldNodes.Length);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        return Compile(type, sets);
    }

    private SelectionSetPlan Compile(ObjectType type, List<SelectionSetNode> selectionSets)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<(string Key, List<FieldNode> Nodes)>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var selectionSet in selectionSets)
            {
                Collect(type, selectionSet, keys, groups, visitedFragments);
            }
        }
        catch (GraphQLError error)
        {
            return new SelectionSetPlan(type, [], error);
        }

        var fields = new List<FieldPlan>(groups.Count);
        foreach (var (key, nodes) in groups)
        {
            // Fields the type does not define are left out of the response (graphql-js's executeField).
            if (GetFieldDefinition(type, nodes[0].Name.Value) is { } definition)
            {
                fields.Add(new FieldPlan(this, type, definition, key, [.. nodes]));
            }
        }

        return new SelectionSetPlan(type, [.. fields]);
    }

    // Depth-first in document order, with an explicit stack so that long chains of fragment spreads cannot exhaust
    // the call stack.
    private void Collect(ObjectType type, SelectionSetNode root, Dictionary<string, int> keys,
        List<(string Key, List<FieldNode> Nodes)> groups, HashSet<string> visitedFragments)
    {
        var stack = new Stack<(IReadOnlyList<SelectionNode> Selections, int Next)>();
        stack.Push((root.Selections, 0));
        while (stack.Count > 0)
        {
            var (selections, next) = stack.Pop();
            if (next >= selections.Count)
            {
                continue;
            }

            stack.Push((selections, next + 1));
            switch (selections[next])
            {
                case FieldNode field:
                    if (!ShouldInclude(field))
                    {
                        continue;
                    }

                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (keys.TryGetValue(key, out var index))
                    {
                        groups[index].Nodes.Add(field);
                    }
                    else
                    {
                        keys[key] = groups.Count;
                        groups.Add((key, [field]));
                    }

                    break;

                case InlineFragmentNode inline:
                    if (ShouldInclude(inline) && DoesConditionMatch(inline.TypeCondition, type))
                    {
                        stack.Push((inline.SelectionSet.Selections, 0));
                    }

                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (fragments.TryGetValue(name, out var fragment) && DoesConditionMatch(fragment.TypeCondition, type))
                    {
                        stack.Push((fragment.SelectionSet.Selections, 0));
                    }

                    break;
            }
        }
    }

    // Spec §6.3.2 steps for @skip and @include: skip wins when both apply.
    private bool ShouldInclude(SelectionNode node)
    {
        if (node.Directives.Count == 0)
        {
            return true;
        }

        if (Condition(node, Directives.Skip) == true)
        {
            return false;
        }

        return Condition(node, Directives.Include) != false;
    }

    private bool? Condition(SelectionNode node, DirectiveDefinition directive)
    {
        foreach (var directiveNode in node.Directives)
        {
            if (directiveNode.Name.Value == directive.Name)
            {
                var arguments = ArgumentCoercion.Coerce(directive.Arguments, directiveNode.Arguments, directiveNode,
                    directiveVariables);
                return arguments.TryGetValue("if", out var value) ? value as bool? : null;
            }
        }

        return null;
    }

    private bool DoesConditionMatch(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = Schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is { IsAbstractType: true } && Schema.IsSubType(conditionType, type);
    }

    private FieldDefinition? GetFieldDefinition(ObjectType type, string name) => name switch
    {
        "__schema" when ReferenceEquals(type, Schema.QueryType) => Introspection.SchemaMetaField,
        "__type" when ReferenceEquals(type, Schema.QueryType) => Introspection.TypeMetaField,
        "__typename" => Introspection.TypeNameMetaField,
        _ => type.GetField(name),
    };
}
