using Dbs.Domain.Persistence;
using Npgsql;

namespace Dbs.Domain.Tests.Support;

/// <summary>
/// A fresh database on the PostgreSQL server named by the environment variable <c>DBS_TEST_POSTGRES</c>, created for
/// this run and dropped after it.
/// </summary>
public sealed class PostgresDatabaseFixture : DatabaseFixture
{
    public const string Variable = "DBS_TEST_POSTGRES";

    private string? _serverConnection;

    protected override async Task<DbsDatabase> CreateDatabaseAsync()
    {
        _serverConnection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_serverConnection))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL half of the persistence tests cannot run. Run the tests with the " +
                "repository's test script, which starts PostgreSQL and sets it, or set it yourself to a server where a " +
                "database may be created, e.g. Host=127.0.0.1;Port=5433;Database=postgres;Username=postgres.");
        }

        var name = "dbs_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(_serverConnection))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(_serverConnection) { Database = name };
        return new DbsDatabase(DatabaseProvider.Postgres, builder.ConnectionString);
    }

    protected override async Task DropDatabaseAsync(DbsDatabase database)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await using var connection = new NpgsqlConnection(_serverConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
