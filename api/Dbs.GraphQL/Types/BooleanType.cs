using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c> (spec §3.5.4): <c>bool</c> in the CLR.</summary>
public sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is bool b)
        {
            return b;
        }

        return NumberValues.TryGetNumber(runtimeValue, out var number) && double.IsFinite(number)
            ? number != 0
            : throw NonBoolean(ValueInspector.Inspect(runtimeValue));
    }

    public override object? ParseValue(object? inputValue) =>
        inputValue is bool b ? b : throw NonBoolean(ValueInspector.Inspect(inputValue));

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is BooleanValueNode b
            ? b.Value
            : throw new GraphQLError("Boolean cannot represent a non boolean value: " + Printer.Print(valueNode), [valueNode]);

    private static GraphQLError NonBoolean(string shown) => new("Boolean cannot represent a non boolean value: " + shown);
}
