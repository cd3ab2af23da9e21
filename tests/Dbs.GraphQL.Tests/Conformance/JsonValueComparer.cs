using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// Equality of JSON values as <c>compare.mjs</c> sees it: object members in any order, array items in order, numbers
/// by their value (JavaScript has one number type, so <c>1</c> and <c>1.0</c> are equal).
/// </summary>
internal static class JsonValueComparer
{
    public static bool AreEqual(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (null, _) or (_, null):
                return false;
            case (JsonObject x, JsonObject y):
                return x.Count == y.Count && x.All(member => y.TryGetPropertyValue(member.Key, out var other) && AreEqual(member.Value, other));
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Select((item, i) => AreEqual(item, y[i])).All(equal => equal);
            case (JsonValue x, JsonValue y):
                var kind = x.GetValueKind();
                if (kind != y.GetValueKind())
                {
                    return false;
                }

                return kind switch
                {
                    JsonValueKind.Number => NumberOf(x).Equals(NumberOf(y)),
                    JsonValueKind.String => x.GetValue<string>() == y.GetValue<string>(),
                    _ => true,
                };
            default:
                return false;
        }
    }

    // A node made from an int cannot be read as a double; its JSON text can.
    private static double NumberOf(JsonValue value) => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);
}
