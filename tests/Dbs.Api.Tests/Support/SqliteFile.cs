using Dbs.Domain.Persistence;
using Microsoft.Data.Sqlite;

namespace Dbs.Api.Tests.Support;

/// <summary>A SQLite database file in a fresh temporary folder, deleted with the folder afterwards.</summary>
public sealed class SqliteFile : IDisposable
{
    public SqliteFile()
    {
        Folder = Path.Combine(Path.GetTempPath(), "dbs-api-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "dbs.db");

    public string ConnectionString => $"Data Source={FilePath}";

    public DbsDbContext CreateContext() => DbsDatabase.Sqlite(ConnectionString, Folder).CreateContext();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
