namespace Dbs.Domain.Supervisions;

/// <summary>How often an agreement is supervised, in OS2 Kitos's vocabulary (oversight interval).</summary>
public enum SupervisionInterval
{
    Undecided,

    /// <summary>Every half year (Kitos "BiYearly").</summary>
    HalfYearly,

    Yearly,

    EveryOtherYear,

    EveryThirdYear,

    Other,
}
