using System.Text.Json;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// A case's <c>root</c> as the resolvers see it (README, "Data-driven resolvers"): objects as dictionaries in
/// document order, arrays as lists, numbers as <c>int</c> when integral and within 32 bits and as <c>double</c>
/// otherwise (JavaScript has one number type), and every object with a <c>"$error"</c> key as a <see cref="Failure"/>
/// exception: graphql-js's resolvers see an <c>Error</c> there, and fail the field or the list item that holds it.
/// </summary>
internal static class CaseData
{
    /// <summary>Stands where the data holds <c>{"$error": message}</c>, as graphql-js's <c>Error(message)</c>.</summary>
    public sealed class Failure(string message) : Exception(message);

    public static object? From(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object when json.TryGetProperty("$error", out var message) =>
            new Failure(message.ValueKind == JsonValueKind.String ? message.GetString()! : message.GetRawText()),
        JsonValueKind.Object => json.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (members, member) =>
            {
                members[member.Name] = From(member.Value);
                return members;
            }),
        JsonValueKind.Array => json.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number when json.TryGetInt32(out var integer) => integer,
        JsonValueKind.Number => json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
