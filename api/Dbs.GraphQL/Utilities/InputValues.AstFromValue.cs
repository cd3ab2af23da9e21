using System.Globalization;
using System.Text.RegularExpressions;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

public static partial class InputValues
{
    /// <summary>
    /// The literal for a CLR value of an input type (graphql-js <c>astFromValue</c>): used to print default values.
    /// Null when there is no literal (a null for a non-null type, or a value its type serializes to null).
    /// </summary>
    public static ValueNode? AstFromValue(object? value, GraphQLType type) => AstFromValue(Normalize(value), type, 0);

    private static ValueNode? AstFromValue(object? value, GraphQLType type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new GraphQLError(TooDeepMessage);
        }

        if (type is NonNullType nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType, depth);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (TryGetList(value, out var items))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (AstFromValue(item, list.OfType, depth + 1) is { } itemNode)
                        {
                            nodes.Add(itemNode);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return AstFromValue(value, list.OfType, depth + 1);

            case InputObjectType inputObject:
                if (!TryGetObject(value, out var fields))
                {
                    return null;
                }

                var fieldNodes = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue)
                        && AstFromValue(fieldValue, field.Type, depth + 1) is { } fieldNode)
                    {
                        fieldNodes.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                    }
                }

                return new ObjectValueNode { Fields = fieldNodes };

            case EnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };

            case ScalarType scalar:
                return LeafLiteral(scalar, scalar.Serialize(value));

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static ValueNode? LeafLiteral(ScalarType type, object? serialized)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode { Value = b };
            case string s:
                return type is IdType && IntegerPattern().IsMatch(s)
                    ? new IntValueNode { Value = s }
                    : new StringValueNode { Value = s };
        }

        if (NumberValues.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = serialized is double or float or decimal
                ? JavaScriptNumber.Format(number)
                : Convert.ToString(serialized, CultureInfo.InvariantCulture)!;
            return IntegerPattern().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }

        throw new ArgumentException($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.", nameof(serialized));
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();
}
