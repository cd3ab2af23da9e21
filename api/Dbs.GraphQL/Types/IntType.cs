using System.Globalization;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>The built-in <c>Int</c> (spec §3.5.1): a 32-bit signed integer, <c>int</c> in the CLR.</summary>
public sealed class IntType() : ScalarType("Int",
    "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is int i)
        {
            return i;
        }

        if (!NumberValues.TryReadOutputNumber(runtimeValue, out var number) || !NumberValues.IsInteger(number))
        {
            throw NonInteger(ValueInspector.Inspect(runtimeValue));
        }

        return number is > int.MaxValue or < int.MinValue
            ? throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(runtimeValue))
            : (int)number;
    }

    public override object? ParseValue(object? inputValue)
    {
        if (inputValue is int i)
        {
            return i;
        }

        if (!NumberValues.TryGetNumber(inputValue, out var number) || !NumberValues.IsInteger(number))
        {
            throw NonInteger(ValueInspector.Inspect(inputValue));
        }

        return number is > int.MaxValue or < int.MinValue
            ? throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(inputValue))
            : (int)number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not IntValueNode intNode)
        {
            throw new GraphQLError("Int cannot represent non-integer value: " + Printer.Print(valueNode), [valueNode]);
        }

        return int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + intNode.Value, [valueNode]);
    }

    private static GraphQLError NonInteger(string shown) => new("Int cannot represent non-integer value: " + shown);
}
