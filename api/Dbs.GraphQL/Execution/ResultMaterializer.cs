namespace Dbs.GraphQL.Execution;

/// <summary>
/// Turns a <see cref="ResultTree"/> into ordinary CLR values: objects as ordered dictionaries, lists as lists,
/// leaves as string, int, double, bool or the custom scalar's value. For callers that inspect results in code.
/// </summary>
internal static class ResultMaterializer
{
    public static OrderedDictionary<string, object?> Materialize(ResultTree tree, int root)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        var stack = new Stack<(int Node, object Target)>();
        stack.Push((root, result));
        while (stack.Count > 0)
        {
            var (nodeIndex, target) = stack.Pop();
            var node = tree.Nodes[nodeIndex];
            for (var i = 0; i < node.Count; i++)
            {
                var slot = tree.Slots[node.First + i];
                object? value;
                switch (slot.Kind)
                {
                    case ResultKind.Object:
                        value = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                        stack.Push((slot.Node, value));
                        break;
                    case ResultKind.List:
                        value = new List<object?>(tree.Nodes[slot.Node].Count);
                        stack.Push((slot.Node, value));
                        break;
                    default:
                        value = slot.Kind switch
                        {
                            ResultKind.String or ResultKind.Value => slot.Reference,
                            ResultKind.Int => (int)slot.Number,
                            ResultKind.Float => slot.Number,
                            ResultKind.True => true,
                            ResultKind.False => false,
                            _ => null,
                        };
                        break;
                }

                if (node.Plan is { } plan)
                {
                    ((OrderedDictionary<string, object?>)target)[plan.Fields[i].ResponseName] = value;
                }
                else
                {
                    ((List<object?>)target).Add(value);
                }
            }
        }

        return result;
    }
}
