using System.Collections;
using System.Globalization;
using System.Text.Json;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// Input value conversions (spec §3.5 input coercion, §6.1.2, §6.4.1), as graphql-js's <c>valueFromAST</c>,
/// <c>valueFromASTUntyped</c>, <c>astFromValue</c> and <c>coerceInputValue</c>.
/// <para>
/// CLR shapes of coerced values: Int → <c>int</c>, Float → <c>double</c>, String and ID → <c>string</c>,
/// Boolean → <c>bool</c>, DateTime → <c>DateTimeOffset</c>, Date → <c>DateOnly</c>, an enum → its value's
/// <see cref="Types.EnumValueDefinition.Value"/> (the name string unless bound), an input object →
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, a list → <c>IReadOnlyList&lt;object?&gt;</c>, null → null.
/// </para>
/// <para>
/// Nesting is bounded by <see cref="MaxDepth"/>, the parser's own bound: deeper values are errors, never a stack
/// overflow.
/// </para>
/// </summary>
public static partial class InputValues
{
    /// <summary>The deepest list/object nesting accepted: the parser's default <see cref="ParserOptions.MaxDepth"/>.</summary>
    public static int MaxDepth { get; } = ParserOptions.Default.MaxDepth;

    internal static string TooDeepMessage => $"Input value exceeds the maximum nesting depth of {MaxDepth}.";

    /// <summary>Reads a dictionary-like input value: a CLR dictionary keyed by strings.</summary>
    internal static bool TryGetObject(object? value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                fields = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = dictionary.AsReadOnly();
                return true;
            case IDictionary untyped:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in untyped)
                {
                    copy[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] = entry.Value;
                }

                fields = copy;
                return true;
            default:
                fields = null!;
                return false;
        }
    }

    /// <summary>Lists are any enumerable but strings and dictionaries.</summary>
    internal static bool TryGetList(object? value, out IEnumerable items)
    {
        if (value is IEnumerable enumerable and not string and not IDictionary
            && value is not IReadOnlyDictionary<string, object?> && value is not IDictionary<string, object?>)
        {
            items = enumerable;
            return true;
        }

        items = null!;
        return false;
    }

    internal static object? Normalize(object? value) => value is JsonElement element ? JsonValues.ToClr(element) : value;
}
