using Dbs.Domain.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dbs.Domain.Tests.Support;

/// <summary>
/// A real, migrated database for one test run, shared by the tests of one provider's collection. Tests never rely on
/// being alone in it: each builds its own suppliers, systems and agreements (see <see cref="World"/>).
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private DbsDatabase? _database;

    public DbsDatabase Database => _database ?? throw new InvalidOperationException("The database is not initialised yet.");

    public DbsDbContext CreateContext() => Database.CreateContext();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await using var db = CreateContext();
        await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await DropDatabaseAsync(_database);
        }
    }

    protected abstract Task<DbsDatabase> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync(DbsDatabase database);
}
