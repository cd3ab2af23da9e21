using System.Text;
using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.GraphQL.Errors;

namespace Dbs.Api.GraphQL.Sorting;

/// <summary>
/// The opaque cursor of a row under a requested order: base64 of <c>{"order":"supplier.name:ASC","keys":[…, id]}</c>.
/// The order it was made under travels with it, so a cursor from another order is refused instead of silently
/// skipping or repeating rows. Under the default order (by id) the cursor stays <see cref="Paging.EncodeCursor"/>'s.
/// </summary>
public static class KeysetCursor
{
    /// <summary>A cursor given with an <c>order</c> other than the one it came from.</summary>
    public const string OrderMismatchCode = "PAGING_CURSOR_ORDER_MISMATCH";

    public static string Encode(string order, IReadOnlyList<object?> keys) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new CursorJson(order, [.. keys.Select(
            k => JsonSerializer.SerializeToElement(k, k?.GetType() ?? typeof(object)))])));

    /// <summary>The key values of <paramref name="cursor"/> as <paramref name="types"/>, if it was made under <paramref name="order"/>.</summary>
    public static object?[] Decode(string argument, string cursor, string order, IReadOnlyList<Type> types)
    {
        var json = Read(cursor);
        if (json is null)
        {
            throw Error(argument, Paging.IsCursor(cursor)
                ? $"The cursor given as `{argument}` belongs to the default order, not to `order: {order}`. Start again from the first page."
                : $"The cursor given as `{argument}` is not a cursor of this connection.",
                Paging.IsCursor(cursor) ? OrderMismatchCode : Paging.InvalidArgumentCode);
        }

        if (json.Order != order)
        {
            throw Error(argument, $"The cursor given as `{argument}` belongs to the order `{json.Order}`, not to `{order}`. " +
                "Start again from the first page.", OrderMismatchCode);
        }

        try
        {
            if (json.Keys is { } keys && keys.Length == types.Count)
            {
                return [.. keys.Select((k, i) => k.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : k.Deserialize(types[i]))];
            }
        }
        catch (JsonException)
        {
        }

        throw Error(argument, $"The cursor given as `{argument}` is not a cursor of this connection.", Paging.InvalidArgumentCode);
    }

    /// <summary>Whether <paramref name="cursor"/> is a keyset cursor (of any order).</summary>
    public static bool IsCursor(string cursor) => Read(cursor) is not null;

    private static CursorJson? Read(string cursor)
    {
        var bytes = new byte[(cursor.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CursorJson>(Encoding.UTF8.GetString(bytes, 0, written)) is { Order: not null } json
                ? json
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GraphQLError Error(string argument, string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code, ["argument"] = argument });

    private sealed record CursorJson(
        [property: System.Text.Json.Serialization.JsonPropertyName("order")] string? Order,
        [property: System.Text.Json.Serialization.JsonPropertyName("keys")] JsonElement[]? Keys);
}
