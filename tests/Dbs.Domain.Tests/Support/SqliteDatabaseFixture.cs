using Dbs.Domain.Persistence;
using Microsoft.Data.Sqlite;

namespace Dbs.Domain.Tests.Support;

/// <summary>A SQLite file in the temporary folder, configured as the application configures it (WAL, foreign keys).</summary>
public sealed class SqliteDatabaseFixture : DatabaseFixture
{
    private string? _directory;

    protected override Task<DbsDatabase> CreateDatabaseAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), "dbs-domain-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        return Task.FromResult(DbsDatabase.Sqlite("Data Source=dbs.db", _directory));
    }

    protected override Task DropDatabaseAsync(DbsDatabase database)
    {
        SqliteConnection.ClearAllPools();
        if (_directory is not null && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
