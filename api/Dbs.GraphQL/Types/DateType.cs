using System.Globalization;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// <c>Date</c>: a calendar date without time or offset, <c>yyyy-MM-dd</c> (RFC 3339 full-date);
/// <see cref="DateOnly"/> in the CLR. Also serializes the date part of a <see cref="DateTime"/>.
/// </summary>
public sealed class DateType(
    string? description = DateType.DefaultDescription,
    string? specifiedByUrl = DateType.DefaultSpecifiedByUrl,
    ScalarTypeDefinitionNode? astNode = null)
    : ScalarType("Date", description, specifiedByUrl, astNode)
{
    public const string DefaultDescription =
        "A calendar date without time or offset, as an RFC 3339 full-date string, e.g. `2025-09-01`.";

    public const string DefaultSpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date";

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        DateOnly value => Format(value),
        DateTime value => Format(DateOnly.FromDateTime(value)),
        string text => Format(Parse(text) ?? throw Invalid(text)),
        _ => throw new GraphQLError("Date cannot represent value: " + ValueInspector.Inspect(runtimeValue)),
    };

    public override object? ParseValue(object? inputValue) => inputValue is string text
        ? Parse(text) ?? throw Invalid(text)
        : throw new GraphQLError("Date cannot represent a non string value: " + ValueInspector.Inspect(inputValue));

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s
            ? Parse(s.Value) ?? throw new GraphQLError(Invalid(s.Value).Message, [valueNode])
            : throw new GraphQLError("Date cannot represent a non string value: " + Printer.Print(valueNode), [valueNode]);

    internal override ScalarType DeclaredBy(ScalarTypeDefinitionNode node, string? specifiedByUrl) =>
        new DateType(node.Description?.Value ?? Description, specifiedByUrl ?? SpecifiedByUrl, node);

    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>yyyy-MM-dd</c>; null when the text is not a valid date in that form.</summary>
    public static DateOnly? Parse(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date)
            ? date
            : null;

    private static GraphQLError Invalid(string text) =>
        new("Date cannot represent an invalid date string: " + ValueInspector.Quote(text));
}
