using System.Globalization;
using System.Text.RegularExpressions;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 date-time with a mandatory offset, e.g. <c>2025-09-01T12:30:00Z</c> or
/// <c>2025-09-01T14:30:00.5+02:00</c>; <see cref="DateTimeOffset"/> in the CLR. Serializes
/// <see cref="DateTimeOffset"/> and <see cref="DateTime"/> (a <see cref="DateTimeKind.Unspecified"/> one is taken as
/// UTC) with fractional seconds only when present and <c>Z</c> for a zero offset.
/// </summary>
public sealed partial class DateTimeType(
    string? description = DateTimeType.DefaultDescription,
    string? specifiedByUrl = DateTimeType.DefaultSpecifiedByUrl,
    ScalarTypeDefinitionNode? astNode = null)
    : ScalarType("DateTime", description, specifiedByUrl, astNode)
{
    public const string DefaultDescription =
        "A date and time with an offset from UTC, as an RFC 3339 date-time string, e.g. `2025-09-01T12:30:00Z`.";

    public const string DefaultSpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        DateTimeOffset value => Format(value),
        DateTime value => Format(value.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc))
            : new DateTimeOffset(value)),
        string text => Format(Parse(text) ?? throw Invalid(text)),
        _ => throw new GraphQLError("DateTime cannot represent value: " + ValueInspector.Inspect(runtimeValue)),
    };

    public override object? ParseValue(object? inputValue) => inputValue is string text
        ? Parse(text) ?? throw Invalid(text)
        : throw new GraphQLError("DateTime cannot represent a non string value: " + ValueInspector.Inspect(inputValue));

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s
            ? Parse(s.Value) ?? throw new GraphQLError(Invalid(s.Value).Message, [valueNode])
            : throw new GraphQLError("DateTime cannot represent a non string value: " + Printer.Print(valueNode), [valueNode]);

    internal override ScalarType DeclaredBy(ScalarTypeDefinitionNode node, string? specifiedByUrl) =>
        new DateTimeType(node.Description?.Value ?? Description, specifiedByUrl ?? SpecifiedByUrl, node);

    /// <summary>The RFC 3339 text of a value: seconds always, fraction only when non-zero, <c>Z</c> for UTC.</summary>
    public static string Format(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero ? text + "Z" : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses RFC 3339 date-time text; null when it is not one.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        var match = DateTimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int Part(string name) => int.Parse(match.Groups[name].ValueSpan, CultureInfo.InvariantCulture);

        var offset = TimeSpan.Zero;
        if (match.Groups["offset"].Value is not ("Z" or "z"))
        {
            var sign = match.Groups["offset"].Value[0] == '-' ? -1 : 1;
            var hours = Part("oh");
            var minutes = Part("om");
            if (hours > 23 || minutes > 59)
            {
                return null;
            }

            offset = sign * new TimeSpan(hours, minutes, 0);
        }

        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0
            ? 0
            : long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
        try
        {
            var dateTime = new DateTime(Part("year"), Part("month"), Part("day"), Part("hour"), Part("minute"),
                Part("second"), DateTimeKind.Unspecified);
            return new DateTimeOffset(dateTime.AddTicks(ticks), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static GraphQLError Invalid(string text) =>
        new("DateTime cannot represent an invalid date-time string: " + ValueInspector.Quote(text));

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})[Tt](?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\.(?<fraction>\d{1,9}))?(?<offset>[Zz]|[+-](?<oh>\d{2}):(?<om>\d{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
