namespace Dbs.Domain.Agreements;

/// <summary>The template an agreement was written on.</summary>
public enum AgreementTemplate
{
    /// <summary>The common municipal template (fælleskommunal skabelon) DBS negotiates.</summary>
    CommonMunicipal,

    /// <summary>Datatilsynet's standard contractual clauses (standardkontraktbestemmelser) as published.</summary>
    StandardContractualClauses,

    /// <summary>The supplier's own template.</summary>
    SupplierOwn,
}
