namespace Dbs.Domain.Findings;

public enum FindingKind
{
    /// <summary>Afvigelse: the agreement or the law is not complied with.</summary>
    Deviation,

    /// <summary>Bemærkning.</summary>
    Remark,

    /// <summary>Anbefaling.</summary>
    Recommendation,
}
