using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Not a rule of the specification (September 2025 edition: https://spec.graphql.org/September2025/): graphql-js
// 16.15's recommended defence, part of its specifiedRules, against introspection queries that nest the list fields
// of __Type (fields, interfaces, possibleTypes, inputFields) three or more levels deep, whose responses grow
// exponentially with the schema.

/// <summary>Rejects an introspection query that nests introspection lists three or more deep, through fragments too.</summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationVisitor
{
    private const int MaxListsDepth = 3;

    // Per fragment, the deepest entry depth at which its check passed, and the shallowest at which it failed; shared
    // by all the introspection fields of the document.
    private Dictionary<string, int>? _checkedFragments;
    private Dictionary<string, int>? _exceededFragments;

    public override bool EnterField(FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type"))
        {
            return true;
        }

        _checkedFragments ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _exceededFragments ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (ExceedsDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.ReportError(new GraphQLError("Maximum introspection depth exceeded", [node]));
            return false;
        }

        return true;
    }

    // visitedFragments: per fragment, the deepest entry depth at which this root's check has entered it.
    private bool ExceedsDepth(Node node, Dictionary<string, int> visitedFragments, int depth)
    {
        StackGuard.Ensure();
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (_exceededFragments!.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }

            if ((visitedFragments.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                || (_checkedFragments!.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
            {
                return false;
            }

            if (context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visitedFragments[name] = depth;
            if (ExceedsDepth(fragment, visitedFragments, depth))
            {
                _exceededFragments[name] = depth;
                return true;
            }

            _checkedFragments[name] = depth;
            return false;
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
        {
            depth++;
            if (depth >= MaxListsDepth)
            {
                return true;
            }
        }

        var selectionSet = node switch
        {
            FieldNode field => field.SelectionSet,
            InlineFragmentNode inlineFragment => inlineFragment.SelectionSet,
            FragmentDefinitionNode fragment => fragment.SelectionSet,
            _ => null,
        };
        if (selectionSet is not null)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (ExceedsDepth(child, visitedFragments, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
