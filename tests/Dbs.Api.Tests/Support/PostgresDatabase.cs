using Dbs.Domain.Persistence;
using Npgsql;

namespace Dbs.Api.Tests.Support;

/// <summary>
/// A fresh, empty database on the PostgreSQL server named by <c>DBS_TEST_POSTGRES</c> (set by the repository's
/// test script), dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "DBS_TEST_POSTGRES";

    private readonly string _server;

    private PostgresDatabase(string server, string connectionString)
    {
        _server = server;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, which starts PostgreSQL and " +
                "sets it, or set it to a server where databases may be created, e.g. " +
                "Host=127.0.0.1;Port=5433;Database=postgres;Username=postgres.");
        }

        var name = "dbs_api_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new PostgresDatabase(server, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public DbsDbContext CreateContext() => new DbsDatabase(DatabaseProvider.Postgres, ConnectionString).CreateContext();

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
