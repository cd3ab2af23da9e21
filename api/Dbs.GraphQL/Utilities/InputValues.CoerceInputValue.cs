using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>Receives one input coercion error: the path inside the value, the offending value, the error.</summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

public static partial class InputValues
{
    /// <summary>
    /// Coerces a JSON-like CLR value (e.g. a variable value; <see cref="System.Text.Json.JsonElement"/> accepted)
    /// to an input type (graphql-js <c>coerceInputValue</c>, spec §3.10 and §6.1.2 input coercion). Each error goes
    /// to <paramref name="onError"/>; without one the first error is thrown as
    /// <c>Invalid value … at "value.path": …</c>. The result is meaningless when an error was reported.
    /// </summary>
    public static object? CoerceInputValue(object? inputValue, GraphQLType type, InputCoercionErrorHandler? onError = null,
        bool hideSuggestions = false) =>
        Coerce(Normalize(inputValue), type, onError ?? ThrowError, [], hideSuggestions);

    /// <summary><c>.a[0].b</c> for a path of field names and list indices.</summary>
    public static string PrintPath(IEnumerable<object> path) =>
        string.Concat(path.Select(key => key is int index ? "[" + index + "]" : "." + key));

    private static void ThrowError(IReadOnlyList<object> path, object? invalidValue, GraphQLError error)
    {
        var prefix = "Invalid value " + ValueInspector.Inspect(invalidValue);
        if (path.Count > 0)
        {
            prefix += $" at \"value{PrintPath(path)}\"";
        }

        throw new GraphQLError(prefix + ": " + error.Message, error.Nodes, originalError: error.OriginalError);
    }

    private static object? Coerce(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError,
        List<object> path, bool hideSuggestions)
    {
        if (path.Count > MaxDepth)
        {
            onError([.. path], inputValue, new GraphQLError(TooDeepMessage));
            return null;
        }

        if (type is NonNullType nonNull)
        {
            if (inputValue is not null)
            {
                return Coerce(inputValue, nonNull.OfType, onError, path, hideSuggestions);
            }

            onError([.. path], inputValue, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (inputValue is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (TryGetList(inputValue, out var items))
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        coerced.Add(Coerce(item, list.OfType, onError, path, hideSuggestions));
                        path.RemoveAt(path.Count - 1);
                    }

                    return coerced;
                }

                // A single value is a list of one (spec §3.11 input coercion).
                return new List<object?> { Coerce(inputValue, list.OfType, onError, path, hideSuggestions) };

            case InputObjectType inputObject:
                return CoerceInputObject(inputValue, inputObject, onError, path, hideSuggestions);

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(inputValue, hideSuggestions);
                }
                catch (GraphQLError error)
                {
                    onError([.. path], inputValue, error);
                    return null;
                }

            case ScalarType scalar:
                object? result;
                try
                {
                    result = scalar.ParseValue(inputValue);
                }
                catch (GraphQLError error)
                {
                    onError([.. path], inputValue, error);
                    return null;
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // A custom scalar's own exception: graphql-js prefixes its message with the expected type.
                    onError([.. path], inputValue,
                        new GraphQLError($"Expected type \"{scalar.Name}\". {exception.Message}", originalError: exception));
                    return null;
                }

                if (result is null)
                {
                    onError([.. path], inputValue, new GraphQLError($"Expected type \"{scalar.Name}\"."));
                }

                return result;

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static object? CoerceInputObject(object inputValue, InputObjectType type, InputCoercionErrorHandler onError,
        List<object> path, bool hideSuggestions)
    {
        if (!TryGetObject(inputValue, out var fields))
        {
            onError([.. path], inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError([.. path], inputValue,
                        new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path, hideSuggestions);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var fieldName in fields.Keys)
        {
            if (!type.Fields.Contains(fieldName))
            {
                var suggestions = hideSuggestions ? [] : SuggestionList.Suggest(fieldName, type.Fields.Names);
                onError([.. path], inputValue, new GraphQLError(
                    $"Field \"{fieldName}\" is not defined by type \"{type.Name}\"." + SuggestionList.DidYouMean(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError([.. path], inputValue,
                    new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }

            if (coerced.Count > 0)
            {
                var (key, value) = coerced.First();
                if (value is null)
                {
                    onError([.. path, key], value, new GraphQLError($"Field \"{key}\" must be non-null."));
                }
            }
        }

        return coerced;
    }
}
