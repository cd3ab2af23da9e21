using Dbs.Domain.Common;
using Dbs.Domain.Supervisions;

namespace Dbs.Domain.Findings;

/// <summary>
/// A deviation, remark or recommendation from a supervision, with severity, the clause it concerns, a follow-up
/// deadline and the supplier's response. Closed when DBS accepts the remediation (Resolved) or the risk.
/// </summary>
public sealed class Finding : VersionedEntity
{
    private readonly List<FindingHistoryEntry> _history = [];

    private Finding(Supervision supervision, FindingInput input)
    {
        Supervision = supervision;
        Text = string.Empty;
        Apply(input);
        Status = FindingStatus.Open;
    }

    private Finding()
    {
        Supervision = null!;
        Text = string.Empty;
    }

    public int SupervisionId { get; private set; }

    public Supervision Supervision { get; private set; }

    public FindingKind Kind { get; private set; }

    public FindingSeverity Severity { get; private set; }

    /// <summary>The DPA clause concerned, e.g. "C.7" or "10".</summary>
    public string? ClauseReference { get; private set; }

    public string Text { get; private set; }

    public DateOnly? FollowUpDeadline { get; private set; }

    public FindingStatus Status { get; private set; }

    public string? SupplierResponse { get; private set; }

    public DateOnly? PlannedRemediationOn { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? RespondedByName { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyCollection<FindingHistoryEntry> History => _history;

    /// <summary>Whether the finding still awaits something (a response or DBS's decision).</summary>
    public bool IsOpen => Status is FindingStatus.Open or FindingStatus.Responded;

    /// <summary>Records a finding while the supervision is being written (InProgress or InPeerReview).</summary>
    public static Result<Finding> Record(Supervision supervision, FindingInput input, Actor actor, DateTimeOffset at)
    {
        if (supervision.Status is not (SupervisionStatus.InProgress or SupervisionStatus.InPeerReview))
        {
            return new InvalidTransition(nameof(Supervision), supervision.Id, supervision.Status.ToString(), "take new findings");
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        var finding = new Finding(supervision, input);
        finding._history.Add(new FindingHistoryEntry(finding, null, FindingStatus.Open, "Recorded", null, actor, at));
        return finding;
    }

    /// <summary>DBS corrects the finding before the report is released.</summary>
    public Result Update(FindingInput input, Actor actor, DateTimeOffset at)
    {
        if (Supervision.IsReleased || Status != FindingStatus.Open)
        {
            return Invalid(Supervision.IsReleased ? "be edited after the report's release" : "be edited");
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        Apply(input);
        _history.Add(new FindingHistoryEntry(this, Status, Status, "Updated", null, actor, at));
        return Result.Success();
    }

    /// <summary>Open → Responded: the supplier's response and planned remediation date, once the report is released.</summary>
    public Result Respond(Actor actor, string response, DateOnly? plannedRemediationOn, DateTimeOffset at)
    {
        if (Status != FindingStatus.Open || !Supervision.IsReleased)
        {
            return Invalid(Supervision.IsReleased ? "take a response" : "take a response before the report is released");
        }

        if (string.IsNullOrWhiteSpace(response))
        {
            return new ValidationFailed("response", "Describe how the finding is or will be remedied.");
        }

        SupplierResponse = response.Trim();
        PlannedRemediationOn = plannedRemediationOn;
        RespondedAt = at.ToUniversalTime();
        RespondedByName = actor.DisplayName;
        return Move(FindingStatus.Responded, "Responded", null, actor, at);
    }

    /// <summary>Responded → Resolved: DBS accepts the remediation.</summary>
    public Result Resolve(Actor actor, string? note, DateTimeOffset at)
    {
        if (Status != FindingStatus.Responded)
        {
            return Invalid("be resolved");
        }

        ClosedAt = at.ToUniversalTime();
        return Move(FindingStatus.Resolved, "Resolved", note, actor, at);
    }

    /// <summary>Responded → Open: DBS finds the response insufficient.</summary>
    public Result Reopen(Actor actor, string comment, DateTimeOffset at)
    {
        if (Status != FindingStatus.Responded)
        {
            return Invalid("be reopened");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return new ValidationFailed("comment", "Say why the response is not enough.");
        }

        return Move(FindingStatus.Open, "Reopened", comment.Trim(), actor, at);
    }

    /// <summary>Open or Responded → AcceptedRisk: DBS accepts the risk without (further) remediation.</summary>
    public Result AcceptRisk(Actor actor, string reason, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            return Invalid("have its risk accepted");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationFailed("reason", "Say why the risk is accepted.");
        }

        ClosedAt = at.ToUniversalTime();
        return Move(FindingStatus.AcceptedRisk, "AcceptedRisk", reason.Trim(), actor, at);
    }

    private Result Move(FindingStatus to, string action, string? note, Actor actor, DateTimeOffset at)
    {
        _history.Add(new FindingHistoryEntry(this, Status, to, action, note, actor, at));
        Status = to;
        return Result.Success();
    }

    private void Apply(FindingInput input)
    {
        Kind = input.Kind;
        Severity = input.Severity;
        ClauseReference = string.IsNullOrWhiteSpace(input.ClauseReference) ? null : input.ClauseReference.Trim();
        Text = input.Text.Trim();
        FollowUpDeadline = input.FollowUpDeadline;
    }

    private static ValidationFailed? Validate(FindingInput input) =>
        string.IsNullOrWhiteSpace(input.Text) ? new ValidationFailed("text", "Describe the finding.") : null;

    private InvalidTransition Invalid(string action) => new(nameof(Finding), Id, Status.ToString(), action);
}
