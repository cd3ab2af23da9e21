using System.Globalization;
using System.Text;

namespace Dbs.Api.Features.Relay;

/// <summary>Global object ids as HotChocolate writes them: base64 of <c>Type:id</c>.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The type name and key of a global id; null when it is not one of ours.</summary>
    public static (string TypeName, int Id)? Decode(string globalId)
    {
        var bytes = new byte[(globalId.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(globalId, bytes, out var written))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
               && int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (text[..colon], id)
            : null;
    }
}
