using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Finds a location of an executable document carrying more directives than allowed (a request limit checked before
/// validation, which would otherwise compare every pair of a location's directives).
/// </summary>
internal static class DirectiveCount
{
    /// <summary>The first location with more than <paramref name="max"/> directives; null when there is none.</summary>
    public static IHasDirectives? FindExcess(DocumentNode document, int max)
    {
        var sets = new Stack<SelectionSetNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    if (operation.Directives.Count > max)
                    {
                        return operation;
                    }

                    foreach (var variable in operation.VariableDefinitions)
                    {
                        if (variable.Directives.Count > max)
                        {
                            return variable;
                        }
                    }

                    sets.Push(operation.SelectionSet);
                    break;

                case FragmentDefinitionNode fragment:
                    if (fragment.Directives.Count > max)
                    {
                        return fragment;
                    }

                    sets.Push(fragment.SelectionSet);
                    break;
            }
        }

        while (sets.Count > 0)
        {
            foreach (var selection in sets.Pop().Selections)
            {
                if (selection.Directives.Count > max)
                {
                    return selection;
                }

                switch (selection)
                {
                    case FieldNode { SelectionSet: { } set }:
                        sets.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        sets.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return null;
    }
}
