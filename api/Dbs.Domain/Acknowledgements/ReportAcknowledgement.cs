using Dbs.Domain.Common;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Supervisions;

namespace Dbs.Domain.Acknowledgements;

/// <summary>
/// A member municipality's acknowledgement of a released supervision report: until it approves, the supervision is
/// not complete for that municipality.
/// </summary>
public sealed class ReportAcknowledgement : VersionedEntity
{
    internal ReportAcknowledgement(Supervision supervision, Municipality municipality)
    {
        Supervision = supervision;
        Municipality = municipality;
        Status = AcknowledgementStatus.Pending;
    }

    private ReportAcknowledgement()
    {
        Supervision = null!;
        Municipality = null!;
    }

    public int SupervisionId { get; private set; }

    public Supervision Supervision { get; private set; }

    public int MunicipalityId { get; private set; }

    public Municipality Municipality { get; private set; }

    public AcknowledgementStatus Status { get; private set; }

    public string? Comment { get; private set; }

    public string? ByUserId { get; private set; }

    public string? ByName { get; private set; }

    public DateTimeOffset? At { get; private set; }

    /// <summary>Opens an acknowledgement for a released supervision.</summary>
    public static Result<ReportAcknowledgement> Open(Supervision supervision, Municipality municipality)
    {
        if (!supervision.IsReleased)
        {
            return new InvalidTransition(nameof(Supervision), supervision.Id, supervision.Status.ToString(), "be acknowledged");
        }

        if (!municipality.IsMember)
        {
            return new ValidationFailed("municipality", $"{municipality.Name} is not a member of DBS.");
        }

        return new ReportAcknowledgement(supervision, municipality);
    }

    /// <summary>Pending or FollowUpRequested → Approved.</summary>
    public Result Approve(Actor actor, string? comment, DateTimeOffset at)
    {
        if (Status == AcknowledgementStatus.Approved)
        {
            return Invalid("be approved");
        }

        return Set(AcknowledgementStatus.Approved, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), actor, at);
    }

    /// <summary>Pending → FollowUpRequested, with a comment saying what should be followed up.</summary>
    public Result RequestFollowUp(Actor actor, string comment, DateTimeOffset at)
    {
        if (Status != AcknowledgementStatus.Pending)
        {
            return Invalid("request follow-up");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return new ValidationFailed("comment", "Say what should be followed up.");
        }

        return Set(AcknowledgementStatus.FollowUpRequested, comment.Trim(), actor, at);
    }

    private Result Set(AcknowledgementStatus status, string? comment, Actor actor, DateTimeOffset at)
    {
        Status = status;
        Comment = comment;
        ByUserId = actor.UserId;
        ByName = actor.DisplayName;
        At = at.ToUniversalTime();
        return Result.Success();
    }

    private InvalidTransition Invalid(string action) => new(nameof(ReportAcknowledgement), Id, Status.ToString(), action);
}
