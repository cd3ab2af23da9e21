using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

public static partial class InputValues
{
    /// <summary>
    /// The coerced values of a field's or directive's arguments as written at <paramref name="node"/>, defaults
    /// applied (spec §6.4.1 CoerceArgumentValues, graphql-js <c>getArgumentValues</c>). Variables must already be
    /// coerced. Throws a <see cref="GraphQLError"/> with graphql-js's message for a missing, null or invalid value.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> GetArgumentValues(DefinitionList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes, Node node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            ArgumentNode? argumentNode = null;
            foreach (var candidate in argumentNodes)
            {
                if (candidate.Name.Value == name)
                {
                    argumentNode = candidate;
                }
            }

            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", [node]);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            [valueNode]);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", [valueNode]);
            }

            if (!TryValueFromAst(valueNode, definition.Type, variables, out var value))
            {
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>
    /// The coerced arguments of the first application of <paramref name="directive"/> on <paramref name="node"/>, or
    /// null when it is not applied there (graphql-js <c>getDirectiveValues</c>): e.g. <c>@skip(if:)</c> on a field,
    /// or a schema directive on a type system definition.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(DirectiveDefinition directive, IHasDirectives node,
        IReadOnlyDictionary<string, object?>? variables = null)
    {
        foreach (var applied in node.Directives)
        {
            if (applied.Name.Value == directive.Name)
            {
                return GetArgumentValues(directive.Arguments, applied.Arguments, applied, variables);
            }
        }

        return null;
    }
}
