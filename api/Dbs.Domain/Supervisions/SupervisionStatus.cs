namespace Dbs.Domain.Supervisions;

/// <summary>
/// A supervision's lifecycle: Planned → InProgress → InPeerReview → Released → Closed; the peer reviewer may send it
/// back (InPeerReview → InProgress).
/// </summary>
public enum SupervisionStatus
{
    Planned,
    InProgress,
    InPeerReview,
    Released,
    Closed,
}
