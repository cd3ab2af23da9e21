using System.Collections;
using System.Text.Json;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Writes the JSON-like values that custom scalars produce and that errors carry in their extensions: null,
/// strings, booleans, numbers (as JavaScript prints them), dictionaries as objects, other enumerables as arrays,
/// <see cref="JsonElement"/>s as they are; anything else as its string form.
/// </summary>
internal static class JsonLikeValue
{
    /// <summary>True when the value nests objects and arrays no deeper than <paramref name="maxDepth"/>.</summary>
    public static bool IsWithinDepth(object? value, int maxDepth)
    {
        if (value is string or null || value is not IEnumerable)
        {
            return true;
        }

        var stack = new Stack<(object Value, int Depth)>();
        stack.Push((value, 0));
        while (stack.Count > 0)
        {
            var (current, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                return false;
            }

            foreach (var child in Children(current))
            {
                if (child is not null and not string and IEnumerable)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        return true;
    }

    public static void Write(Utf8JsonWriter writer, object? value, int depth = 0)
    {
        if (depth > 512)
        {
            throw new InvalidOperationException("A value to write nests too deeply.");
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                JsonStringWriter.Write(writer, text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong large:
                writer.WriteNumberValue(large);
                break;
            case double or float or decimal:
                JavaScriptNumberWriter.Write(writer, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                writer.WriteStartObject();
                foreach (var (key, item) in entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key.ToString() ?? string.Empty);
                    Write(writer, entry.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonStringWriter.Write(writer, value.ToString() ?? string.Empty);
                break;
        }
    }

    private static IEnumerable Children(object value) => value switch
    {
        IEnumerable<KeyValuePair<string, object?>> entries => entries.Select(e => e.Value),
        IDictionary dictionary => dictionary.Values,
        IEnumerable items => items,
        _ => Array.Empty<object>(),
    };
}
