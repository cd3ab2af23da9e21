using System.Collections;
using System.Text.Json.Nodes;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>The engine's CLR result values (dictionaries, lists, strings, numbers, booleans, null) as JSON nodes.</summary>
internal static class ResultJson
{
    public static JsonNode? From(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        float number => JsonValue.Create((double)number),
        decimal number => JsonValue.Create(number),
        IEnumerable<KeyValuePair<string, object?>> members => new JsonObject(members.Select(m => KeyValuePair.Create(m.Key, From(m.Value)))),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(From)]),
        _ => throw new ArgumentException($"A result value of type {value.GetType()} has no JSON form.", nameof(value)),
    };
}
