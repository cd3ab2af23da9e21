using Dbs.Domain.Common;

namespace Dbs.Domain.Findings;

/// <summary>One step in a finding's history: a status change or an edit, who made it, when, and a note.</summary>
public sealed class FindingHistoryEntry : Entity
{
    internal FindingHistoryEntry(Finding finding, FindingStatus? from, FindingStatus to, string action, string? note, Actor actor,
        DateTimeOffset at)
    {
        Finding = finding;
        FromStatus = from;
        ToStatus = to;
        Action = action;
        Note = note;
        ByUserId = actor.UserId;
        ByName = actor.DisplayName;
        At = at.ToUniversalTime();
    }

    private FindingHistoryEntry()
    {
        Finding = null!;
        Action = ByUserId = ByName = string.Empty;
    }

    public int FindingId { get; private set; }

    public Finding Finding { get; private set; }

    public FindingStatus? FromStatus { get; private set; }

    public FindingStatus ToStatus { get; private set; }

    /// <summary>What happened: Recorded, Updated, Responded, Resolved, Reopened, AcceptedRisk.</summary>
    public string Action { get; private set; }

    public string? Note { get; private set; }

    public string ByUserId { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }
}
