using System.Text.Json;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Writes a <see cref="ResultTree"/> to a caller's <see cref="Utf8JsonWriter"/>, keys in selection order, without
/// recursion (a result may be as deep as its query). The same bytes as <see cref="ResultJsonEmitter"/>, which is
/// faster where the output is ours to fill.
/// </summary>
internal sealed class ResultTreeWriter
{
    private readonly ResultTree _tree;
    private readonly Stack<(int Node, int Next)> _stack = new();

    public ResultTreeWriter(ResultTree tree, int root)
    {
        _tree = tree;
        _stack.Push((root, -1));
    }

    public void Write(Utf8JsonWriter writer)
    {
        var slots = _tree.Slots;
        var nodes = _tree.Nodes;
        while (_stack.Count > 0)
        {
            var (nodeIndex, next) = _stack.Pop();
            ref readonly var node = ref nodes[nodeIndex];
            var plan = node.Plan;
            if (next < 0)
            {
                if (plan is null)
                {
                    writer.WriteStartArray();
                }
                else
                {
                    writer.WriteStartObject();
                }

                next = 0;
            }

            var descended = false;
            for (var i = next; i < node.Count; i++)
            {
                if (plan is not null)
                {
                    writer.WritePropertyName(plan.Fields[i].EncodedName);
                }

                ref readonly var slot = ref slots[node.First + i];
                switch (slot.Kind)
                {
                    case ResultKind.String:
                        JsonStringWriter.Write(writer, (string)slot.Reference!);
                        break;
                    case ResultKind.Int:
                        writer.WriteNumberValue((int)slot.Number);
                        break;
                    case ResultKind.Float:
                        JavaScriptNumberWriter.Write(writer, slot.Number);
                        break;
                    case ResultKind.True:
                        writer.WriteBooleanValue(true);
                        break;
                    case ResultKind.False:
                        writer.WriteBooleanValue(false);
                        break;
                    case ResultKind.Value:
                        JsonLikeValue.Write(writer, slot.Reference);
                        break;
                    case ResultKind.Object or ResultKind.List:
                        _stack.Push((nodeIndex, i + 1));
                        _stack.Push((slot.Node, -1));
                        descended = true;
                        break;
                    default:
                        writer.WriteNullValue();
                        break;
                }

                if (descended)
                {
                    break;
                }
            }

            if (descended)
            {
                continue;
            }

            if (plan is null)
            {
                writer.WriteEndArray();
            }
            else
            {
                writer.WriteEndObject();
            }
        }
    }
}
