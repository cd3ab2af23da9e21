using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dbs.Domain.Seeding;

/// <summary>The domain's tables as the model maps them, for counting and clearing them on either provider.</summary>
public static class DatabaseTables
{
    /// <summary>The table of every entity type, in the model's order, without duplicates.</summary>
    public static IReadOnlyList<string> Names(DbsDbContext db) =>
    [
        .. db.Model.GetEntityTypes()
            .Select(t => t.GetTableName())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    public static async Task<IReadOnlyList<TableRowCount>> CountRowsAsync(DbsDbContext db, CancellationToken cancellationToken = default)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var counts = new List<TableRowCount>();
        foreach (var table in Names(db))
        {
            var query = "SELECT COUNT(*) AS \"Value\" FROM " + sql.DelimitIdentifier(table);
            var rows = await db.Database.SqlQueryRaw<long>(query).SingleAsync(cancellationToken);
            counts.Add(new TableRowCount(table, rows));
        }

        return counts;
    }

    /// <summary>
    /// Empties the database for a fresh start: the SQLite file is deleted (the caller migrates again); on PostgreSQL
    /// every table is truncated and its identity restarted, leaving the schema and migration history in place.
    /// </summary>
    public static async Task ClearAsync(DbsDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.EnsureDeletedAsync(cancellationToken);
            return;
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = string.Join(", ", Names(db).Select(sql.DelimitIdentifier));
        var truncate = "TRUNCATE " + tables + " RESTART IDENTITY CASCADE";
        await db.Database.ExecuteSqlRawAsync(truncate, cancellationToken);
    }
}
