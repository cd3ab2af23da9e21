using Microsoft.Data.Sqlite;

namespace Dbs.Portal.Tests.Support;

/// <summary>A SQLite database file in a fresh temporary folder, deleted with the folder afterwards.</summary>
public sealed class SqliteFile : IDisposable
{
    public SqliteFile()
    {
        Folder = Path.Combine(Path.GetTempPath(), "dbs-portal-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string ConnectionString => $"Data Source={Path.Combine(Folder, "dbs.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
