using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Persistence;

/// <summary>
/// The query planner's statistics. Without them SQLite guesses, and the access rules' correlated EXISTS over
/// agreements end up scanning a municipality's every agreement per row instead of seeking by system (hundreds of
/// milliseconds instead of a few at 100,000 agreements).
/// </summary>
public static class DatabaseStatistics
{
    /// <summary>Gathers statistics for every table now: after a bulk load such as the demo data.</summary>
    public static async Task AnalyzeAsync(DbsDbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

    /// <summary>
    /// Brings the statistics up to date where they are missing or stale: SQLite's <c>PRAGMA optimize</c> checking
    /// every table (0x10000) and analysing those that need it (0x02), which is cheap when nothing changed. PostgreSQL's
    /// autovacuum keeps its own statistics.
    /// </summary>
    public static async Task RefreshAsync(DbsDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002", cancellationToken);
        }
    }
}
