using System.Collections;
using System.Globalization;
using System.Text;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// What an <c>echo*</c> field answers (README, "Data-driven resolvers" 5): its coerced arguments as graphql-js's
/// <c>JSON.stringify(args)</c> writes them — arguments and input fields in the schema's order, only those present,
/// enum values by name, numbers as JavaScript writes them, strings escaped as <c>JSON.stringify</c> escapes them.
/// </summary>
internal static class EchoJson
{
    public static string Of(IResolverContext context)
    {
        var json = new StringBuilder("{");
        foreach (var argument in context.Field.Arguments)
        {
            if (!context.HasArgument(argument.Name))
            {
                continue;
            }

            if (json.Length > 1)
            {
                json.Append(',');
            }

            WriteString(json, argument.Name);
            json.Append(':');
            WriteValue(json, argument.Type, context.ArgumentValue<object?>(argument.Name));
        }

        return json.Append('}').ToString();
    }

    private static void WriteValue(StringBuilder json, GraphQLType type, object? value)
    {
        if (type is NonNullType nonNull)
        {
            type = nonNull.OfType;
        }

        switch (value)
        {
            case null:
                json.Append("null");
                return;
            case IEnumerable items when type is ListType list && value is not string:
                json.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    json.Append(first ? "" : ",");
                    first = false;
                    WriteValue(json, list.OfType, item);
                }

                json.Append(']');
                return;
        }

        switch (type)
        {
            case InputObjectType input:
                var fields = (IReadOnlyDictionary<string, object?>)value;
                json.Append('{');
                var any = false;
                foreach (var field in input.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        json.Append(any ? "," : "");
                        any = true;
                        WriteString(json, field.Name);
                        json.Append(':');
                        WriteValue(json, field.Type, fieldValue);
                    }
                }

                json.Append('}');
                return;
            case EnumType enumType:
                WriteString(json, enumType.Serialize(value));
                return;
        }

        switch (value)
        {
            case string text:
                WriteString(json, text);
                break;
            case bool flag:
                json.Append(flag ? "true" : "false");
                break;
            case int integer:
                json.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                json.Append(JavaScriptNumber.Format(number));
                break;
            default:
                throw new ArgumentException($"An argument value of type {value.GetType()} has no JSON form here.", nameof(value));
        }
    }

    // JSON.stringify's escapes (ES2019 well-formed): the short forms, \u00xx for other controls, \udxxx for a lone
    // surrogate, everything else as it is.
    private static void WriteString(StringBuilder json, string text)
    {
        json.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\b':
                    json.Append("\\b");
                    break;
                case '\f':
                    json.Append("\\f");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                case < ' ':
                    json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    json.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    json.Append(c);
                    break;
            }
        }

        json.Append('"');
    }
}
