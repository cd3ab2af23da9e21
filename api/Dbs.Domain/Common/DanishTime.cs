namespace Dbs.Domain.Common;

/// <summary>Deadlines are calendar days in Denmark: a deadline holds until midnight Danish time.</summary>
public static class DanishTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (TimeZoneNotFoundException)
        {
            // Without time zone data, UTC+1 is right for the winter half of the year and an hour off in summer.
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET");
        }
    }
}
