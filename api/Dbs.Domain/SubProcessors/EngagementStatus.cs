namespace Dbs.Domain.SubProcessors;

/// <summary>
/// Where a supplier's engagement of a sub-processor is: Notified (objection windows open) → Active → Ended, or
/// Notified → Withdrawn.
/// </summary>
public enum EngagementStatus
{
    Notified,
    Active,
    Ended,
    Withdrawn,
}
