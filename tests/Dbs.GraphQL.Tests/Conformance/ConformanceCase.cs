using System.Text.Json;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>One case of a case file under <c>tests/conformance/cases</c> (the format is in that folder's README).</summary>
internal sealed record ConformanceCase(
    string Id,
    string Mode,
    string Document,
    string? Schema,
    JsonElement? Variables,
    string? OperationName,
    JsonElement? Root)
{
    public static ConformanceCase FromJson(JsonElement json)
    {
        var document = json.GetProperty("document");
        var text = document.ValueKind == JsonValueKind.Array
            ? string.Join('\n', document.EnumerateArray().Select(line => line.GetString()))
            : document.GetString()!;
        return new ConformanceCase(
            json.GetProperty("id").GetString()!,
            json.GetProperty("mode").GetString()!,
            text,
            Optional(json, "schema")?.GetString(),
            Optional(json, "variables"),
            Optional(json, "operationName")?.GetString(),
            Optional(json, "root"));
    }

    private static JsonElement? Optional(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) ? value.Clone() : null;
}
