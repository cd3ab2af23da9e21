namespace Dbs.Domain.Seeding;

/// <summary>What the demo data generator makes: how much, from which seed, and as of which day.</summary>
public sealed record DemoDataOptions
{
    public const int DefaultSeed = 20_260_101;

    public const int MaxScale = 100;

    /// <summary>
    /// Multiplies suppliers, IT systems and everything that hangs on them: 1 gives about 8,000 agreements, 12 about 100,000.
    /// </summary>
    public int Scale { get; init; } = 1;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The day the data is generated "as of": the questionnaires and supervisions are this year's.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>DBS supervises the systems used by at least this many member municipalities.</summary>
    public int MinimumMemberUsers { get; init; } = 10;

    /// <summary>Days between a sub-processor notice and the objection deadline.</summary>
    public int NoticePeriodDays { get; init; } = 30;
}
