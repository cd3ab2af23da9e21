namespace Dbs.Api.Tests.Support;

/// <summary>One host in Production on its own SQLite file, shared by the tests of a class.</summary>
public sealed class ProductionHost : IDisposable
{
    private readonly SqliteFile _database = new();

    public ProductionHost()
    {
        Factory = DbsApiFactory.OnSqlite(_database);
    }

    public DbsApiFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        _database.Dispose();
    }
}
