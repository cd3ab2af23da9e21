using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dbs.Domain.Design;

/// <summary>
/// Creates the SQLite context for <c>dotnet ef</c>. Scaffolding migrations needs no database; commands that connect
/// (e.g. <c>database update</c>) use <c>DBS_DESIGN_SQLITE</c> or a throwaway file.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDbsDbContext>
{
    public SqliteDbsDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("DBS_DESIGN_SQLITE") ?? "Data Source=design.db";
        var options = new DbContextOptionsBuilder<SqliteDbsDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(typeof(DbsDbContext).Assembly.GetName().Name))
            .Options;
        return new SqliteDbsDbContext(options);
    }
}

/// <summary>Creates the PostgreSQL context for <c>dotnet ef</c>; connects only when a command needs it (<c>DBS_DESIGN_POSTGRES</c>).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbsDbContext>
{
    public PostgresDbsDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("DBS_DESIGN_POSTGRES")
            ?? "Host=127.0.0.1;Database=dbs_design;Username=postgres";
        var options = new DbContextOptionsBuilder<PostgresDbsDbContext>()
            .UseNpgsql(connection, o => o.MigrationsAssembly(typeof(DbsDbContext).Assembly.GetName().Name))
            .Options;
        return new PostgresDbsDbContext(options);
    }
}
