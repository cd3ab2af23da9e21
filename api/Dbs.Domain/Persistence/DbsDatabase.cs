using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dbs.Domain.Persistence;

/// <summary>
/// Reads the database settings (<c>Database:Provider</c> = Sqlite | Postgres, <c>ConnectionStrings:Dbs</c>) and
/// configures contexts for them. Without a connection string SQLite uses <c>data/dbs.db</c> under the content root.
/// </summary>
public sealed record DbsDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Dbs";

    public static DbsDatabase FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration[ProviderKey];
        var provider = providerName?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(
                $"Unknown {ProviderKey} '{providerName}': use Sqlite (the default) or Postgres."),
        };
        var configured = configuration.GetConnectionString(ConnectionStringName);
        return provider switch
        {
            DatabaseProvider.Sqlite => Sqlite(configured, contentRoot),
            _ => new DbsDatabase(DatabaseProvider.Postgres, string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException(
                    $"{ProviderKey} is Postgres but ConnectionStrings:{ConnectionStringName} is not set.")
                : configured),
        };
    }

    /// <summary>A SQLite database; a relative file path is taken relative to <paramref name="contentRoot"/>.</summary>
    public static DbsDatabase Sqlite(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString)
            ? "Data Source=" + Path.Combine("data", "dbs.db")
            : connectionString);
        var source = builder.DataSource;
        if (source.Length > 0 && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(source))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, source));
        }

        builder.ForeignKeys = true;
        return new DbsDatabase(DatabaseProvider.Sqlite, builder.ToString());
    }

    /// <summary>The SQLite file, if this is a file database.</summary>
    public string? SqliteFile
    {
        get
        {
            if (Provider != DatabaseProvider.Sqlite)
            {
                return null;
            }

            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : builder.DataSource;
        }
    }

    /// <summary>Options for the provider's context type (<see cref="SqliteDbsDbContext"/> or <see cref="PostgresDbsDbContext"/>).</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                if (SqliteFile is { } file && Path.GetDirectoryName(file) is { Length: > 0 } directory)
                {
                    Directory.CreateDirectory(directory);
                }

                options.UseSqlite(ConnectionString).AddInterceptors(new SqlitePragmas());
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {Provider}.");
        }
    }

    /// <summary>Creates a context on this database, for tools and tests that run outside dependency injection.</summary>
    public DbsDbContext CreateContext()
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteDbsDbContext>();
                Configure(sqlite);
                return new SqliteDbsDbContext(sqlite.Options);
            default:
                var postgres = new DbContextOptionsBuilder<PostgresDbsDbContext>();
                Configure(postgres);
                return new PostgresDbsDbContext(postgres.Options);
        }
    }
}
