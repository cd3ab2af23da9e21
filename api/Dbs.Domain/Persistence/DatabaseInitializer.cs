using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dbs.Domain.Persistence;

/// <summary>
/// Brings a database up to date: applies pending migrations of the configured provider, then imports the
/// municipality reference data. The host calls it from the <c>migrate</c> command and on first start.
/// </summary>
public sealed class DatabaseInitializer(DbsDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        var added = await MunicipalityImporter.ImportAsync(db, cancellationToken);
        await DatabaseStatistics.RefreshAsync(db, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Database up to date: {Count} migration(s) applied, {Added} municipalities added.",
                pending.Count, added);
        }

        return new MigrationReport(pending, added);
    }
}

/// <summary>What <see cref="DatabaseInitializer.MigrateAsync"/> did.</summary>
public sealed record MigrationReport(IReadOnlyList<string> AppliedMigrations, int MunicipalitiesAdded);
