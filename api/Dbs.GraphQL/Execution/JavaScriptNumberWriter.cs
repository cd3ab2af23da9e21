using System.Globalization;
using System.Text.Json;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Writes a double as JavaScript's <c>JSON.stringify</c> does (graphql-js responses are made by it): integers
/// without a fraction or exponent below 2^53, other values in .NET's shortest round-trip digits unless .NET would
/// choose exponent notation where JavaScript does not (then <see cref="JavaScriptNumber"/> lays them out).
/// </summary>
internal static class JavaScriptNumberWriter
{
    public const double MaxSafeInteger = 9007199254740991;

    public static void Write(Utf8JsonWriter writer, double value)
    {
        if (Math.Abs(value) <= MaxSafeInteger && Math.Floor(value) == value)
        {
            writer.WriteNumberValue((long)value);
            return;
        }

        Span<byte> buffer = stackalloc byte[32];
        if (value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture) && buffer[..written].IndexOf((byte)'E') < 0)
        {
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
            return;
        }

        writer.WriteRawValue(JavaScriptNumber.Format(value), skipInputValidation: true);
    }
}
