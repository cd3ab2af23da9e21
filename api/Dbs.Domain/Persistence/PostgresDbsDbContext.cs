using Dbs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Persistence;

/// <summary>
/// The model on PostgreSQL: as on SQLite, plus the system column <c>xmin</c> as row version of every entity users
/// edit, so even writes that bypass the app-incremented <see cref="VersionedEntity.Version"/> are detected.
/// Migrations in <c>Migrations/Postgres</c>.
/// </summary>
public sealed class PostgresDbsDbContext(DbContextOptions<PostgresDbsDbContext> options) : DbsDbContext(options)
{
    /// <summary>The shadow property mapped to PostgreSQL's <c>xmin</c>.</summary>
    public const string RowVersion = "xmin";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        TextFolding.MapForPostgres(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(VersionedEntity).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).Property<uint>(RowVersion).IsRowVersion();
        }
    }
}
