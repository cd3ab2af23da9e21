using Dbs.Domain.Common;
using Dbs.Domain.Municipalities;

namespace Dbs.Domain.SubProcessors;

/// <summary>
/// One affected municipality's right to object to a newly announced sub-processor (appendix B.2), open from the
/// notice until the deadline (inclusive, Danish calendar day).
/// </summary>
public sealed class ObjectionWindow : VersionedEntity
{
    internal ObjectionWindow(SubProcessorEngagement engagement, Municipality municipality, DateOnly opensOn, DateOnly deadline)
    {
        Engagement = engagement;
        Municipality = municipality;
        OpensOn = opensOn;
        Deadline = deadline;
        Status = ObjectionWindowStatus.Open;
    }

    private ObjectionWindow()
    {
        Engagement = null!;
        Municipality = null!;
    }

    public int EngagementId { get; private set; }

    public SubProcessorEngagement Engagement { get; private set; }

    public int MunicipalityId { get; private set; }

    public Municipality Municipality { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly Deadline { get; private set; }

    public ObjectionWindowStatus Status { get; private set; }

    public string? ObjectedByUserId { get; private set; }

    public string? ObjectedByName { get; private set; }

    public DateTimeOffset? ObjectedAt { get; private set; }

    public string? ObjectionReason { get; private set; }

    /// <summary>Records the municipality's objection; refused after the deadline or once the window is used.</summary>
    public Result Object(Actor actor, string reason, DateTimeOffset at)
    {
        if (Status != ObjectionWindowStatus.Open || Engagement.Status != EngagementStatus.Notified)
        {
            return new InvalidTransition(nameof(ObjectionWindow), Id,
                Status != ObjectionWindowStatus.Open ? Status.ToString() : $"for an engagement that is {Engagement.Status}", "take an objection");
        }

        if (DanishTime.DateOf(at) > Deadline)
        {
            return new DeadlinePassed("objecting to this sub-processor", Deadline);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationFailed("reason", "Give a reason for the objection.");
        }

        Status = ObjectionWindowStatus.Objected;
        ObjectedByUserId = actor.UserId;
        ObjectedByName = actor.DisplayName;
        ObjectedAt = at.ToUniversalTime();
        ObjectionReason = reason.Trim();
        return Result.Success();
    }

    /// <summary>Whether an objection can still be made on <paramref name="today"/>.</summary>
    public bool IsOpenOn(DateOnly today) =>
        Status == ObjectionWindowStatus.Open && Engagement.Status == EngagementStatus.Notified && today <= Deadline;

    internal void LapseIfOpen()
    {
        if (Status == ObjectionWindowStatus.Open)
        {
            Status = ObjectionWindowStatus.Lapsed;
        }
    }
}
