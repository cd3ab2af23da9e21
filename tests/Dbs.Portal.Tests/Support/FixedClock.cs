namespace Dbs.Portal.Tests.Support;

/// <summary>A clock stopped at one instant, so generated data and deadlines do not depend on when the test runs.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The day the tests' demo data is generated as of.</summary>
    public static readonly FixedClock DemoDay = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
