using System.Text.Json;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Execution;

/// <summary>Spec §6.1.2 CoerceVariableValues, with graphql-js's <c>getVariableValues</c> messages and error limit.</summary>
internal static class VariableCoercion
{
    /// <summary>The coerced values, or null with the reasons in <paramref name="errors"/>.</summary>
    public static Dictionary<string, object?>? Coerce(Schema schema, IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?> inputs, int maxErrors, bool hideSuggestions, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in definitions)
            {
                CoerceOne(schema, definition, inputs, coerced, hideSuggestions, Report);
            }
        }
        catch (TooManyErrors)
        {
            errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        return errors.Count == 0 ? coerced : null;

        void Report(GraphQLError error)
        {
            if (errors.Count >= maxErrors)
            {
                throw new TooManyErrors();
            }

            errors.Add(error);
        }
    }

    /// <summary>The variables of a request's JSON object, each value left as a <see cref="JsonElement"/>.</summary>
    public static IReadOnlyDictionary<string, object?>? FromJson(JsonElement json)
    {
        if (json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLError(
                "Variables must be provided as an Object where each property is a variable value. Perhaps look to see if an unparsed JSON string was provided.");
        }

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            variables[property.Name] = property.Value;
        }

        return variables;
    }

    /// <summary>graphql-js's typeFromAST: null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static void CoerceOne(Schema schema, VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs, Dictionary<string, object?> coerced, bool hideSuggestions,
        Action<GraphQLError> report)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            report(new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                [definition.Type]));
            return;
        }

        if (!inputs.TryGetValue(name, out var value) || value is JsonElement { ValueKind: JsonValueKind.Undefined })
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                if (InputValues.TryValueFromAst(defaultValue, type, null, out var coercedDefault))
                {
                    coerced[name] = coercedDefault;
                }
            }
            else if (type is NonNullType)
            {
                report(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
            }

            return;
        }

        if (value is JsonElement { ValueKind: JsonValueKind.Null })
        {
            value = null;
        }

        if (value is null && type is NonNullType)
        {
            report(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
            return;
        }

        coerced[name] = InputValues.CoerceInputValue(value, type, (path, invalidValue, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalidValue)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{InputValues.PrintPath(path)}\"";
            }

            report(new GraphQLError(prefix + "; " + error.Message, [definition], originalError: error));
        }, hideSuggestions);
    }

    private sealed class TooManyErrors : Exception;
}
