namespace Dbs.Domain.Acknowledgements;

/// <summary>A municipality's answer to a released report: Pending → Approved, or Pending → FollowUpRequested → Approved.</summary>
public enum AcknowledgementStatus
{
    Pending,
    Approved,
    FollowUpRequested,
}
