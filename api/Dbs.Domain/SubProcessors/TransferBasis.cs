namespace Dbs.Domain.SubProcessors;

/// <summary>The legal basis (overførselsgrundlag) for transferring personal data to a sub-processor's country.</summary>
public enum TransferBasis
{
    /// <summary>No transfer to a third country: processing stays in the EU/EEA.</summary>
    WithinEea,

    /// <summary>An adequacy decision of the Commission (art. 45), other than the EU-US framework.</summary>
    AdequacyDecision,

    /// <summary>The EU-US Data Privacy Framework (an adequacy decision for certified US organisations).</summary>
    EuUsDataPrivacyFramework,

    /// <summary>The Commission's standard contractual clauses 2021/914 (art. 46).</summary>
    StandardContractualClauses,

    /// <summary>Binding corporate rules (art. 47).</summary>
    BindingCorporateRules,

    /// <summary>A derogation for a specific situation (art. 49).</summary>
    Derogation,

    /// <summary>A transfer to a third country without a basis: the risky case.</summary>
    None,
}
