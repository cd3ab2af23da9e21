using System.Globalization;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>The built-in <c>String</c> (spec §3.5.3): <c>string</c> in the CLR.</summary>
public sealed class StringType() : ScalarType("String",
    "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object? Serialize(object? runtimeValue)
    {
        switch (runtimeValue)
        {
            case string s:
                return s;
            case char c:
                return c.ToString();
            case bool b:
                return b ? "true" : "false";
            case double or float or decimal:
                var number = Convert.ToDouble(runtimeValue, CultureInfo.InvariantCulture);
                return double.IsFinite(number)
                    ? JavaScriptNumber.Format(number)
                    : throw new GraphQLError("String cannot represent value: " + ValueInspector.Inspect(runtimeValue));
            default:
                return NumberValues.TryGetNumber(runtimeValue, out _)
                    ? Convert.ToString(runtimeValue, CultureInfo.InvariantCulture)
                    : throw new GraphQLError("String cannot represent value: " + ValueInspector.Inspect(runtimeValue));
        }
    }

    public override object? ParseValue(object? inputValue) =>
        inputValue as string
        ?? throw new GraphQLError("String cannot represent a non string value: " + ValueInspector.Inspect(inputValue));

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s
            ? s.Value
            : throw new GraphQLError("String cannot represent a non string value: " + Printer.Print(valueNode), [valueNode]);
}
