using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Writes strings exactly as JavaScript's <c>JSON.stringify</c> does: only <c>"</c>, <c>\</c>, control characters
/// and lone surrogates are escaped (<c>\b \f \n \r \t</c>, otherwise <c>\u00xx</c> in lower case); everything else,
/// including characters outside the Basic Multilingual Plane, is written as UTF-8. .NET's encoders escape more.
/// </summary>
internal static class JsonStringWriter
{
    private const int StackLimit = 256;

    // A small ASCII set, which SearchValues scans with vector instructions; surrogates are a range test.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"\\");

    /// <summary>True when JSON.stringify would escape something in the string.</summary>
    public static bool NeedsEscaping(ReadOnlySpan<char> value) =>
        value.IndexOfAny(Escaped) >= 0 || value.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    public static void Write(Utf8JsonWriter writer, string value)
    {
        if (NeedsEscaping(value))
        {
            value = Utilities.ValueInspector.EscapeJsonString(value);
        }
        else if (value.Length <= StackLimit / 3 - 2)
        {
            Span<byte> small = stackalloc byte[StackLimit];
            writer.WriteRawValue(small[..Quote(value, small)], skipInputValidation: true);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length) + 2);
        try
        {
            writer.WriteRawValue(rented.AsSpan(0, Quote(value, rented)), skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // The value's UTF-8 between quotes; the value holds nothing to escape (or is escaped already).
    private static int Quote(string value, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        var length = Encoding.UTF8.GetBytes(value, destination[1..]);
        destination[length + 1] = (byte)'"';
        return length + 2;
    }
}
