using Dbs.Domain.Findings;
using Dbs.Domain.Questionnaires;

namespace Dbs.Portal.Text;

/// <summary>The Danish words the portal shows for the domain's states and kinds.</summary>
public static class DanishLabels
{
    public static string Of(QuestionnaireStatus status) => status switch
    {
        QuestionnaireStatus.NotStarted => "Ikke påbegyndt",
        QuestionnaireStatus.Draft => "Under udfyldelse",
        QuestionnaireStatus.Submitted => "Indsendt",
        QuestionnaireStatus.ReturnedForClarification => "Sendt retur til uddybning",
        QuestionnaireStatus.Accepted => "Godkendt af DBS",
        _ => status.ToString(),
    };

    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => "Kritisk",
        FindingSeverity.High => "Høj",
        FindingSeverity.Medium => "Middel",
        FindingSeverity.Low => "Lav",
        _ => severity.ToString(),
    };

    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.Deviation => "Afvigelse",
        FindingKind.Remark => "Bemærkning",
        FindingKind.Recommendation => "Anbefaling",
        _ => kind.ToString(),
    };

    /// <summary>A yes/no/partially answer in Danish; other values as they are.</summary>
    public static string Answer(string? value) => value switch
    {
        AnswerValues.Yes => "Ja",
        AnswerValues.No => "Nej",
        AnswerValues.Partially => "Delvist",
        _ => value ?? "",
    };

    /// <summary>A date the Danish way, e.g. "23. november 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Danish);

    /// <summary>An instant in Danish time, e.g. "23. november 2026 kl. 10.15".</summary>
    public static string Time(DateTimeOffset instant)
    {
        var local = Dbs.Domain.Common.DanishTime.DateOf(instant);
        var zoned = TimeZoneInfo.ConvertTime(instant, CopenhagenOrUtc);
        return $"{Date(local)} kl. {zoned:HH.mm}";
    }

    private static readonly System.Globalization.CultureInfo Danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    private static readonly TimeZoneInfo CopenhagenOrUtc = FindZone();

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET");
        }
    }
}
