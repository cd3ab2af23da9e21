using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// Renders a CLR value for an error message the way graphql-js's <c>inspect</c> renders a JavaScript value:
/// strings JSON-quoted, numbers as JavaScript prints them, lists and objects two levels deep, at most ten items.
/// </summary>
public static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value) => Format(value, 0);

    /// <summary>JSON.stringify of a string: quotes, backslash escapes for control characters only.</summary>
    public static string Quote(string value) => "\"" + EscapeJsonString(value) + "\"";

    /// <summary>The JSON.stringify escapes of a string, without the quotes.</summary>
    internal static string EscapeJsonString(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < 0x20 || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return JavaScriptNumber.Format(d);
            case float f:
                return JavaScriptNumber.Format(f);
            case decimal m:
                return JavaScriptNumber.Format((double)m);
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case GraphQLType type:
                return type.ToString() ?? string.Empty;
            case DirectiveDefinition directive:
                return "@" + directive.Name;
            case Enum e:
                return e.ToString();
            case JsonElement element:
                return Format(JsonValues.ToClr(element), depth);
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                return FormatObject(pairs.Select(p => (p.Key, p.Value)).ToList(), value, depth);
            case IDictionary dictionary:
                return FormatObject(
                    dictionary.Cast<DictionaryEntry>()
                        .Select(e => (Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? string.Empty, e.Value))
                        .ToList(),
                    value,
                    depth);
            case IEnumerable items:
                return FormatArray(items.Cast<object?>().ToList(), depth);
            case DateTimeOffset or DateTime or DateOnly or TimeOnly or Guid or Uri:
                return Quote(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            default:
                var properties = value.GetType()
                    .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0)
                    .Select(p => (p.Name, p.GetValue(value)))
                    .ToList();
                return FormatObject(properties, value, depth);
        }
    }

    private static string FormatObject(List<(string Key, object? Value)> entries, object owner, int depth)
    {
        if (entries.Count == 0)
        {
            return "{}";
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            return "[" + (owner is IEnumerable ? "Object" : owner.GetType().Name) + "]";
        }

        return "{ " + string.Join(", ", entries.Select(e => e.Key + ": " + Format(e.Value, depth + 1))) + " }";
    }

    private static string FormatArray(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxArrayLength).Select(item => Format(item, depth + 1)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1)
        {
            shown.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            shown.Add($"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }
}
