namespace Dbs.Domain.Agreements;

/// <summary>Where an agreement is in its life: Draft → InNegotiation → Active → Terminated or Expired.</summary>
public enum AgreementStatus
{
    Draft,
    InNegotiation,
    Active,
    Terminated,
    Expired,
}
