using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Persistence;

public sealed class ModelTests
{
    [Fact]
    public void The_model_builds_on_SQLite_with_a_version_token_on_every_edited_entity()
    {
        var options = new DbContextOptionsBuilder<SqliteDbsDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SqliteDbsDbContext(options);

        var versioned = db.Model.GetEntityTypes().Where(t => t.FindProperty("Version") is not null).ToList();

        Assert.NotEmpty(versioned);
        Assert.All(versioned, t => Assert.True(t.FindProperty("Version")!.IsConcurrencyToken, t.Name));
        Assert.All(db.Model.GetEntityTypes(), t => Assert.Null(t.FindProperty(PostgresDbsDbContext.RowVersion)));
    }

    [Fact]
    public void The_model_builds_on_PostgreSQL_with_xmin_as_row_version()
    {
        var options = new DbContextOptionsBuilder<PostgresDbsDbContext>().UseNpgsql("Host=localhost").Options;
        using var db = new PostgresDbsDbContext(options);

        var versioned = db.Model.GetEntityTypes().Where(t => t.FindProperty("Version") is not null).ToList();

        Assert.NotEmpty(versioned);
        Assert.All(versioned, t => Assert.True(t.FindProperty(PostgresDbsDbContext.RowVersion)!.IsConcurrencyToken, t.Name));
    }
}
