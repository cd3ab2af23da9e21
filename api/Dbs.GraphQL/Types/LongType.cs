using System.Globalization;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// <c>Long</c> (HotChocolate's scalar of that name): a signed 64-bit integer, <see cref="long"/> in the CLR, written
/// as a JSON number (not a string) and read from an integer literal or an integer JSON number. Unlike <c>Int</c>, no
/// value is read through a double, so every value from -(2^63) to 2^63 - 1 keeps all its digits.
/// </summary>
public sealed class LongType(string? description = LongType.DefaultDescription, ScalarTypeDefinitionNode? astNode = null)
    : ScalarType("Long", description, null, astNode)
{
    public const string DefaultDescription =
        "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.";

    public override object? Serialize(object? runtimeValue) =>
        ToLong(runtimeValue) ?? throw Invalid(ValueInspector.Inspect(runtimeValue), runtimeValue);

    public override object? ParseValue(object? inputValue) =>
        ToLong(inputValue) ?? throw Invalid(ValueInspector.Inspect(inputValue), inputValue);

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not IntValueNode intNode)
        {
            throw new GraphQLError("Long cannot represent non-integer value: " + Printer.Print(valueNode), [valueNode]);
        }

        return long.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GraphQLError("Long cannot represent non 64-bit signed integer value: " + intNode.Value, [valueNode]);
    }

    internal override ScalarType DeclaredBy(ScalarTypeDefinitionNode node, string? specifiedByUrl) =>
        new LongType(node.Description?.Value ?? Description, node);

    // Integral CLR values exactly; a fractional type only when it holds a whole number in range. Strings and Booleans
    // are not numbers here (HotChocolate's Long refuses them too).
    private static long? ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        sbyte sb => sb,
        byte b => b,
        ushort us => us,
        uint ui => ui,
        ulong ul when ul <= long.MaxValue => (long)ul,
        decimal m when decimal.Truncate(m) == m && m is >= long.MinValue and <= long.MaxValue => (long)m,
        double d when NumberValues.IsInteger(d) && d >= long.MinValue && d < 9223372036854775808d => (long)d,
        float f when NumberValues.IsInteger(f) && f >= long.MinValue && f < 9223372036854775808f => (long)f,
        _ => null,
    };

    private static GraphQLError Invalid(string shown, object? value) =>
        new(NumberValues.TryGetNumber(value, out var number) && NumberValues.IsInteger(number)
            ? "Long cannot represent non 64-bit signed integer value: " + shown
            : "Long cannot represent non-integer value: " + shown);
}
