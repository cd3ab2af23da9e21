using System.Globalization;

namespace Dbs.GraphQL.Types;

/// <summary>
/// Reads CLR numbers as JavaScript numbers for scalar coercion: every numeric CLR type is a number; a number is an
/// integer when it has no fractional part (so <c>1.0</c> is an integer, as in JavaScript).
/// </summary>
internal static class NumberValues
{
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>
    /// A resolver's value read as a number the way graphql-js's Int and Float serializers read it: booleans as 1
    /// and 0, non-empty strings through <c>Number()</c>, numbers as they are.
    /// </summary>
    public static bool TryReadOutputNumber(object? value, out double number)
    {
        switch (value)
        {
            case bool b:
                number = b ? 1 : 0;
                return true;
            case string { Length: > 0 } s:
                number = ParseJavaScriptNumber(s);
                return true;
            default:
                return TryGetNumber(value, out number);
        }
    }

    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>JavaScript's <c>Number(string)</c> for non-empty strings: trimmed decimal, exponent or hex.</summary>
    public static double ParseJavaScriptNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0' && trimmed[1] is 'x' or 'X')
        {
            return long.TryParse(trimmed.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture,
                out var hex) ? hex : double.NaN;
        }

        if (trimmed is "Infinity" or "+Infinity")
        {
            return double.PositiveInfinity;
        }

        if (trimmed == "-Infinity")
        {
            return double.NegativeInfinity;
        }

        return double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
            | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
    }
}
