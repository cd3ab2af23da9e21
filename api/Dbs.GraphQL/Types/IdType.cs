using System.Globalization;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// The built-in <c>ID</c> (spec §3.5.5): <c>string</c> in the CLR. Integers (and, beyond graphql-js, GUIDs) are
/// serialized as their text.
/// </summary>
public sealed class IdType() : ScalarType("ID",
    "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when IntegerText(runtimeValue) is { } text => text,
        _ => throw new GraphQLError("ID cannot represent value: " + ValueInspector.Inspect(runtimeValue)),
    };

    public override object? ParseValue(object? inputValue) => inputValue switch
    {
        string s => s,
        _ when IntegerText(inputValue) is { } text => text,
        _ => throw new GraphQLError("ID cannot represent value: " + ValueInspector.Inspect(inputValue)),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLError("ID cannot represent a non-string and non-integer value: " + Printer.Print(valueNode), [valueNode]),
        };

    private static string? IntegerText(object? value) => value switch
    {
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ when NumberValues.TryGetNumber(value, out var number) && NumberValues.IsInteger(number) => JavaScriptNumber.Format(number),
        _ => null,
    };
}
