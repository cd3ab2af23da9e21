using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.2.4.1 Single Root Field (https://spec.graphql.org/September2025/#sec-Single-Root-Field):
// "Let subscriptionType be the root Subscription type in schema. For each subscription operation definition
// subscription in the document: Let selectionSet be the top level selection set on subscription. Let
// collectedFieldsMap be the result of CollectSubscriptionFields(subscriptionType, selectionSet).
// collectedFieldsMap must have exactly one entry, which must not be an introspection field."
//
// As graphql-js 16.15 does, the root fields are collected like the executor collects them with no variables:
// a selection under @skip(if: true) or @include(if: false) does not count. Where graphql-js's collection would
// throw instead (a directive argument that is a variable, null or not a Boolean), the selection counts.

/// <summary>Rejects a subscription that selects more than one root field or an introspection root field.</summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationVisitor
{
    private bool _fragmentsCharged;

    public override bool EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return true;
        }

        if (!_fragmentsCharged)
        {
            // graphql-js charges its fragment budget once for indexing the document's fragments.
            context.SpendFragmentWork(context.Document.Definitions.Count);
            _fragmentsCharged = true;
        }

        var fields = new GroupedFields();
        CollectFields(subscriptionType, node.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var operationName = node.Name?.Value;
        if (fields.Count > 1)
        {
            var extraFields = new List<Node>();
            for (var i = 1; i < fields.Count; i++)
            {
                extraFields.AddRange(fields[i]);
            }

            context.ReportError(new GraphQLError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extraFields));
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var fieldNodes = fields[i];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(new GraphQLError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes));
            }
        }

        return true;
    }

    private void CollectFields(ObjectType type, SelectionSetNode selectionSet, GroupedFields fields, HashSet<string> visitedFragments)
    {
        StackGuard.Ensure();
        ChargeSelectionSet(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(field))
                    {
                        fields.Add(field.Alias?.Value ?? field.Name.Value, field);
                    }

                    break;
                case InlineFragmentNode inlineFragment:
                    if (ShouldInclude(inlineFragment) && DoesConditionMatch(inlineFragment.TypeCondition, type))
                    {
                        CollectFields(type, inlineFragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread))
                    {
                        break;
                    }

                    visitedFragments.Add(name);
                    if (context.GetFragment(name) is { } fragment && DoesConditionMatch(fragment.TypeCondition, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    // graphql-js's budget counts the selections, their directives and the arguments of @skip and @include.
    private void ChargeSelectionSet(SelectionSetNode selectionSet)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    private bool DoesConditionMatch(NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = context.Schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(conditionType, type)
            || (conditionType is { IsAbstractType: true } && context.Schema.IsSubType(conditionType, type));
    }

    private static bool ShouldInclude(SelectionNode selection) =>
        IfArgument(selection, "skip") != true && IfArgument(selection, "include") != false;

    // The literal Boolean `if` of the first directive with this name, as graphql-js's getDirectiveValues reads it.
    private static bool? IfArgument(SelectionNode selection, string directiveName)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value != directiveName)
            {
                continue;
            }

            // Of repeated arguments the last one counts (graphql-js keys arguments by name).
            ArgumentNode? ifArgument = null;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    ifArgument = argument;
                }
            }

            return ifArgument?.Value is BooleanValueNode boolean ? boolean.Value : null;
        }

        return null;
    }

    /// <summary>Field nodes grouped by response name, in the order the names first appear.</summary>
    private sealed class GroupedFields
    {
        private readonly List<List<FieldNode>> _groups = [];
        private readonly Dictionary<string, List<FieldNode>> _byName = new(StringComparer.Ordinal);

        public int Count => _groups.Count;

        public List<FieldNode> this[int index] => _groups[index];

        public void Add(string responseName, FieldNode field)
        {
            if (!_byName.TryGetValue(responseName, out var group))
            {
                group = [];
                _byName.Add(responseName, group);
                _groups.Add(group);
            }

            group.Add(field);
        }
    }
}
