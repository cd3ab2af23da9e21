namespace Dbs.Domain.ItSystems;

/// <summary>Settings of DBS's supervision practice (configuration section <c>Supervision</c>).</summary>
public sealed class SupervisionOptions
{
    public const string SectionName = "Supervision";

    /// <summary>
    /// DBS supervises the systems used by at least this many member municipalities (20 at first, 10 since 2024).
    /// </summary>
    public int MinimumMemberUsers { get; set; } = 10;

    /// <summary>Days between a supplier's notice of a new sub-processor and the municipalities' objection deadline.</summary>
    public int SubProcessorNoticePeriodDays { get; set; } = 30;
}
