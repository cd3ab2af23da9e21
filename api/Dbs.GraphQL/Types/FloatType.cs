using System.Globalization;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>The built-in <c>Float</c> (spec §3.5.2): a finite IEEE 754 double, <c>double</c> in the CLR.</summary>
public sealed class FloatType() : ScalarType("Float",
    "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is double d && double.IsFinite(d))
        {
            return d;
        }

        return NumberValues.TryReadOutputNumber(runtimeValue, out var number) && double.IsFinite(number)
            ? number
            : throw NonNumeric(ValueInspector.Inspect(runtimeValue));
    }

    public override object? ParseValue(object? inputValue) =>
        NumberValues.TryGetNumber(inputValue, out var number) && double.IsFinite(number)
            ? number
            : throw NonNumeric(ValueInspector.Inspect(inputValue));

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode switch
        {
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new GraphQLError("Float cannot represent non numeric value: " + Printer.Print(valueNode), [valueNode]),
        };

    private static GraphQLError NonNumeric(string shown) => new("Float cannot represent non numeric value: " + shown);
}
