namespace Dbs.Domain.Supervisions;

/// <summary>How supervision is carried out, in OS2 Kitos's vocabulary (oversight options).</summary>
public enum SupervisionMethod
{
    /// <summary>Egen kontrol.</summary>
    OwnControl,

    /// <summary>Ledelseserklæring.</summary>
    ManagementStatement,

    /// <summary>ISAE 3000 (GDPR) auditor's statement.</summary>
    Isae3000,

    /// <summary>ISAE 3402 type 1 auditor's statement.</summary>
    Isae3402Type1,

    /// <summary>ISAE 3402 type 2 auditor's statement.</summary>
    Isae3402Type2,

    /// <summary>Skriftlig kontrol: the annual questionnaire.</summary>
    WrittenSupervision,

    /// <summary>Fysisk tilsyn.</summary>
    PhysicalInspection,
}
