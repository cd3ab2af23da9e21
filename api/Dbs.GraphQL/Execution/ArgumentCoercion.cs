using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Execution;

/// <summary>Spec §6.4.1 CoerceArgumentValues, with graphql-js's <c>getArgumentValues</c> messages.</summary>
internal static class ArgumentCoercion
{
    /// <summary>
    /// The coerced values of the arguments given in <paramref name="argumentNodes"/> (of the field or directive
    /// <paramref name="blamed"/>) for the definitions <paramref name="definitions"/>. Throws the first failure.
    /// </summary>
    public static CoercedArguments Coerce(DefinitionList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes, Node blamed, IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return CoercedArguments.Empty;
        }

        var names = new List<string>(definitions.Count);
        var values = new List<object?>(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var argumentNode = Find(argumentNodes, name);
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    names.Add(name);
                    values.Add(definition.DefaultValue);
                }
                else if (type is NonNullType)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", [blamed]);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        names.Add(name);
                        values.Add(definition.DefaultValue);
                    }
                    else if (type is NonNullType)
                    {
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            [valueNode]);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", [valueNode]);
            }

            if (!InputValues.TryValueFromAst(valueNode, type, variables, out var coerced))
            {
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
            }

            names.Add(name);
            values.Add(coerced);
        }

        return new CoercedArguments([.. names], [.. values]);
    }

    /// <summary>True when a variable occurs anywhere in the arguments, so that their values vary by request.</summary>
    public static bool UsesVariables(IReadOnlyList<ArgumentNode> argumentNodes)
    {
        var stack = new Stack<ValueNode>();
        foreach (var argument in argumentNodes)
        {
            stack.Push(argument.Value);
        }

        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case VariableNode:
                    return true;
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        stack.Push(item);
                    }

                    break;
                case ObjectValueNode obj:
                    foreach (var field in obj.Fields)
                    {
                        stack.Push(field.Value);
                    }

                    break;
            }
        }

        return false;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        // The last one wins, as in graphql-js's keyMap (validation rejects duplicates anyway).
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (nodes[i].Name.Value == name)
            {
                return nodes[i];
            }
        }

        return null;
    }
}
