using System.Globalization;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// Formats a double exactly as JavaScript's <c>Number.prototype.toString()</c> does (ECMA-262 §6.1.6.1.20), so that
/// error messages and printed literals match graphql-js character for character.
/// </summary>
public static class JavaScriptNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // "R" yields the shortest round-tripping digits; re-layout them by JavaScript's rules.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOfAny(['E', 'e']);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? mantissa.Length : point;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        var leadingZeros = mantissa.Replace(".", string.Empty, StringComparison.Ordinal).Length - digits.Length;
        digits = digits.TrimEnd('0');

        // value = 0.digits × 10^n
        var n = integerDigits + exponent - leadingZeros;
        var k = digits.Length;
        var sign = value < 0 ? "-" : string.Empty;

        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var exponentText = (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return k == 1
            ? sign + digits + "e" + exponentText
            : sign + digits[0] + "." + digits[1..] + "e" + exponentText;
    }
}
