namespace Dbs.Domain.Findings;

/// <summary>
/// A finding's lifecycle: Open → Responded → Resolved (DBS accepts the remediation), DBS may reopen a response
/// (Responded → Open), and Open or Responded → AcceptedRisk.
/// </summary>
public enum FindingStatus
{
    Open,
    Responded,
    Resolved,
    AcceptedRisk,
}
