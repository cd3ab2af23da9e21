using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dbs.Domain.Persistence;

/// <summary>The model on SQLite, the embedded default. Migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteDbsDbContext(DbContextOptions<SqliteDbsDbContext> options) : DbsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time-with-offset type, and EF cannot compare or order DateTimeOffset stored as text there.
        // All our instants are UTC; stored as a sortable integer they filter and order in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        TextFolding.MapForSqlite(modelBuilder);
    }
}
