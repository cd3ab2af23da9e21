using System.Runtime.CompilerServices;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// The size of an operation for the request limits: the deepest field nesting (root fields at depth 1), the number
/// of fields and of aliased fields, each fragment counted wherever it is spread (measured once per fragment, so a
/// document of fragments spreading each other twice cannot make the count take exponential time).
/// </summary>
internal readonly record struct OperationMeasures(int Depth, long FieldCount, long AliasCount)
{
    public static OperationMeasures Of(OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var memo = new Dictionary<string, OperationMeasures>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        return Measure(operation.SelectionSet, fragments, memo, visiting);
    }

    private static OperationMeasures Measure(SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, Dictionary<string, OperationMeasures> memo,
        HashSet<string> visiting)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var depth = 0;
        long fields = 0;
        long aliases = 0;
        foreach (var selection in selectionSet.Selections)
        {
            OperationMeasures inner;
            switch (selection)
            {
                case FieldNode field:
                    fields = Add(fields, 1);
                    if (field.Alias is not null)
                    {
                        aliases = Add(aliases, 1);
                    }

                    inner = field.SelectionSet is { } set ? Measure(set, fragments, memo, visiting) : default;
                    depth = Math.Max(depth, inner.Depth + 1);
                    break;

                case InlineFragmentNode inline:
                    inner = Measure(inline.SelectionSet, fragments, memo, visiting);
                    depth = Math.Max(depth, inner.Depth);
                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!memo.TryGetValue(name, out inner))
                    {
                        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name))
                        {
                            continue;
                        }

                        inner = Measure(fragment.SelectionSet, fragments, memo, visiting);
                        visiting.Remove(name);
                        memo[name] = inner;
                    }

                    depth = Math.Max(depth, inner.Depth);
                    break;

                default:
                    continue;
            }

            fields = Add(fields, inner.FieldCount);
            aliases = Add(aliases, inner.AliasCount);
        }

        return new OperationMeasures(depth, fields, aliases);
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
