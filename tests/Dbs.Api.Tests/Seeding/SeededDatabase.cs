using Dbs.Api.Tests.Support;
using Dbs.Domain.Persistence;

namespace Dbs.Api.Tests.Seeding;

/// <summary>One SQLite database with the demo data at scale 1, generated as of <see cref="FixedClock.DemoDay"/>.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private readonly SqliteFile _file = new();

    public DbsDbContext CreateContext() => _file.CreateContext();

    public async Task InitializeAsync()
    {
        var run = await AdminRun.RunAsync(["seed-demo"], _file);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("seed-demo failed: " + run.Error);
        }
    }

    public Task DisposeAsync()
    {
        _file.Dispose();
        return Task.CompletedTask;
    }
}
