using System.Globalization;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

public static partial class InputValues
{
    /// <summary>
    /// The CLR value of a literal for an input type, variables substituted (graphql-js <c>valueFromAST</c>).
    /// False when the literal is invalid for the type (no value; the validation rules report why). A variable
    /// absent from <paramref name="variables"/> counts as not given.
    /// </summary>
    public static bool TryValueFromAst(ValueNode valueNode, GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables, out object? value) =>
        TryValueFromAst(valueNode, type, variables, 0, out value);

    /// <summary>The plain CLR value of a literal without a type (graphql-js <c>valueFromASTUntyped</c>).</summary>
    public static object? ValueFromAstUntyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        Untyped(valueNode, variables, 0);

    private static bool TryValueFromAst(ValueNode valueNode, GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables, int depth, out object? value)
    {
        value = null;
        if (depth > MaxDepth)
        {
            return false;
        }

        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            // Validation has checked that the variable's type fits this position.
            value = variableValue;
            return !(variableValue is null && type is NonNullType);
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryValueFromAst(valueNode, nonNull.OfType, variables, depth, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (valueNode is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return false;
                            }

                            items.Add(null);
                        }
                        else if (TryValueFromAst(itemNode, list.OfType, variables, depth + 1, out var item))
                        {
                            items.Add(item);
                        }
                        else
                        {
                            return false;
                        }
                    }

                    value = items;
                    return true;
                }

                if (!TryValueFromAst(valueNode, list.OfType, variables, depth + 1, out var single))
                {
                    return false;
                }

                value = new List<object?> { single };
                return true;

            case InputObjectType inputObject:
                return TryInputObjectFromAst(valueNode, inputObject, variables, depth, out value);

            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(valueNode, hideSuggestions: true);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(valueNode, variables);
                    return true;
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // Any failure of a scalar's parser means "invalid literal", as in graphql-js.
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryInputObjectFromAst(ValueNode valueNode, InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables, int depth, out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            fieldNodes[fieldNode.Name.Value] = fieldNode;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryValueFromAst(fieldNode.Value, field.Type, variables, depth + 1, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static object? Untyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new GraphQLError(TooDeepMessage, [valueNode]);
        }

        switch (valueNode)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
                {
                    return small;
                }

                return long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
                    ? large
                    : (object)double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case EnumValueNode e:
                return e.Value;
            case BooleanValueNode b:
                return b.Value;
            case ListValueNode list:
                var items = new List<object?>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    items.Add(Untyped(item, variables, depth + 1));
                }

                return items;
            case ObjectValueNode obj:
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    fields[field.Name.Value] = Untyped(field.Value, variables, depth + 1);
                }

                return fields;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var variableValue)
                    ? variableValue
                    : null;
            default:
                throw new ArgumentException($"Unexpected value node: {valueNode.Kind}.", nameof(valueNode));
        }
    }
}
