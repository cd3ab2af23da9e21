using System.Text.Json;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// Turns a <see cref="JsonElement"/> (e.g. request variables) into the JSON-like CLR values the coercion functions
/// take: objects as <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, arrays as lists, integral numbers as
/// <c>int</c> or <c>long</c>, other numbers as <c>double</c>. Iterative, so deep documents cannot exhaust the stack.
/// </summary>
public static class JsonValues
{
    public static object? ToClr(JsonElement element)
    {
        if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            return Scalar(element);
        }

        var root = NewContainer(element);
        var stack = new Stack<(JsonElement Element, object Container)>();
        stack.Push((element, root));
        while (stack.Count > 0)
        {
            var (current, container) = stack.Pop();
            if (current.ValueKind == JsonValueKind.Object)
            {
                var dictionary = (Dictionary<string, object?>)container;
                foreach (var property in current.EnumerateObject())
                {
                    dictionary[property.Name] = Convert(property.Value, stack);
                }
            }
            else
            {
                var list = (List<object?>)container;
                foreach (var item in current.EnumerateArray())
                {
                    list.Add(Convert(item, stack));
                }
            }
        }

        return root;
    }

    private static object? Convert(JsonElement element, Stack<(JsonElement, object)> stack)
    {
        if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            var container = NewContainer(element);
            stack.Push((element, container));
            return container;
        }

        return Scalar(element);
    }

    private static object NewContainer(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new List<object?>(element.GetArrayLength());

    private static object? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when element.TryGetInt32(out var i) => i,
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number => element.GetDouble(),
        _ => null,
    };
}
