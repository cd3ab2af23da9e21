namespace Dbs.Domain.Agreements;

/// <summary>
/// The kinds of personal data processed under an agreement (appendix A.3). Stored as an integer, unlike the other
/// enums, so that "has this category" filters translate to a bitwise test in SQL.
/// </summary>
[Flags]
public enum PersonalDataCategories
{
    None = 0,

    /// <summary>Ordinary personal data (art. 6).</summary>
    Ordinary = 1,

    /// <summary>Special categories (særlige kategorier, art. 9): health, ethnicity, religion, union membership…</summary>
    Special = 2,

    /// <summary>CPR numbers (art. 87 and the Danish Data Protection Act § 11).</summary>
    CprNumbers = 4,

    /// <summary>Criminal convictions and offences (art. 10).</summary>
    CriminalOffences = 8,
}
