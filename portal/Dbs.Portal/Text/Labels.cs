using System.Globalization;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Microsoft.Extensions.Localization;

namespace Dbs.Portal.Text;

/// <summary>The words and formats the portal shows for the domain's states, kinds, dates and times, in the request's language.</summary>
public sealed class Labels(IStringLocalizer<Texts> texts)
{
    public string Of(QuestionnaireStatus status) => status switch
    {
        QuestionnaireStatus.NotStarted => texts["Ikke påbegyndt"],
        QuestionnaireStatus.Draft => texts["Under udfyldelse"],
        QuestionnaireStatus.Submitted => texts["Indsendt"],
        QuestionnaireStatus.ReturnedForClarification => texts["Sendt retur til uddybning"],
        QuestionnaireStatus.Accepted => texts["Godkendt af DBS"],
        _ => status.ToString(),
    };

    public string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => texts["Kritisk"],
        FindingSeverity.High => texts["Høj"],
        FindingSeverity.Medium => texts["Middel"],
        FindingSeverity.Low => texts["Lav"],
        _ => severity.ToString(),
    };

    public string Of(FindingKind kind) => kind switch
    {
        FindingKind.Deviation => texts["Afvigelse"],
        FindingKind.Remark => texts["Bemærkning"],
        FindingKind.Recommendation => texts["Anbefaling"],
        _ => kind.ToString(),
    };

    public string Of(FindingStatus status) => status switch
    {
        FindingStatus.Open => texts["Afventer jeres svar"],
        FindingStatus.Responded => texts["Besvaret – afventer DBS"],
        FindingStatus.Resolved => texts["Lukket – udbedret"],
        FindingStatus.AcceptedRisk => texts["Lukket – risikoen er accepteret"],
        _ => status.ToString(),
    };

    /// <summary>The legal basis of a transfer to a sub-processor (GDPR chapter V).</summary>
    public string Of(TransferBasis basis) => basis switch
    {
        TransferBasis.WithinEea => texts["Ingen overførsel (EU/EØS)"],
        TransferBasis.AdequacyDecision => texts["Tilstrækkelighedsafgørelse (art. 45)"],
        TransferBasis.EuUsDataPrivacyFramework => texts["EU-US Data Privacy Framework"],
        TransferBasis.StandardContractualClauses => texts["EU's standardkontraktbestemmelser (2021/914)"],
        TransferBasis.BindingCorporateRules => texts["Bindende virksomhedsregler (BCR, art. 47)"],
        TransferBasis.Derogation => texts["Undtagelse i en særlig situation (art. 49)"],
        TransferBasis.None => texts["Intet overførselsgrundlag"],
        _ => basis.ToString(),
    };

    public string Of(EngagementStatus status) => status switch
    {
        EngagementStatus.Notified => texts["Varslet"],
        EngagementStatus.Active => texts["Aktiv"],
        EngagementStatus.Ended => texts["Ophørt"],
        EngagementStatus.Withdrawn => texts["Trukket tilbage"],
        _ => status.ToString(),
    };

    /// <summary>A step of a finding's history (<see cref="FindingHistoryEntry.Action"/>).</summary>
    public string FindingAction(string action) => action switch
    {
        "Recorded" => texts["Registreret af DBS"],
        "Updated" => texts["Rettet af DBS"],
        "Responded" => texts["Besvaret af leverandøren"],
        "Resolved" => texts["DBS har godkendt udbedringen"],
        "Reopened" => texts["DBS har genåbnet fundet"],
        "AcceptedRisk" => texts["DBS har accepteret risikoen"],
        _ => action,
    };

    /// <summary>A yes/no/partially answer in words; other values as they are.</summary>
    public string Answer(string? value) => value switch
    {
        AnswerValues.Yes => texts["Ja"],
        AnswerValues.No => texts["Nej"],
        AnswerValues.Partially => texts["Delvist"],
        _ => value ?? "",
    };

    /// <summary>A date in the request's language: "23. november 2026" or "23 November 2026".</summary>
    public string Date(DateOnly date) => PortalCultures.IsEnglish
        ? date.ToString("d MMMM yyyy", PortalCultures.English)
        : date.ToString("d. MMMM yyyy", PortalCultures.Danish);

    /// <summary>A file's size: "1,4 MB" or "312 kB" ("1.4 MB" in English).</summary>
    public string FileSize(long bytes) => bytes >= 1024 * 1024
        ? Megabytes(bytes)
        : Math.Max(1, (bytes + 1023) / 1024).ToString(NumberCulture) + " kB";

    /// <summary>A size in whole or tenths of megabytes: "20 MB", "1,4 MB" ("1.4 MB" in English).</summary>
    public string Megabytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.#", NumberCulture) + " MB";

    private static CultureInfo NumberCulture => PortalCultures.IsEnglish ? PortalCultures.English : PortalCultures.Danish;

    /// <summary>An instant in Danish time: "23. november 2026 kl. 10.15" or "23 November 2026 at 10:15".</summary>
    public string Time(DateTimeOffset instant)
    {
        var local = DanishTime.DateOf(instant);
        var zoned = TimeZoneInfo.ConvertTime(instant, CopenhagenOrUtc);
        return PortalCultures.IsEnglish
            ? string.Create(CultureInfo.InvariantCulture, $"{Date(local)} at {zoned:HH:mm}")
            : string.Create(CultureInfo.InvariantCulture, $"{Date(local)} kl. {zoned:HH.mm}");
    }

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
