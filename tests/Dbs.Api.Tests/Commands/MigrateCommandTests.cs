using Dbs.Api.Tests.Support;
using Dbs.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Commands;

public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Creates_the_schema_and_imports_the_reference_data()
    {
        using var database = new SqliteFile();

        var run = await AdminRun.RunAsync(["migrate"], database);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("migrated", run.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var tables = await DatabaseTables.CountRowsAsync(db);
        Assert.Equal(DatabaseTables.Names(db), tables.Select(t => t.Table));
        Assert.Equal(98, await db.Municipalities.CountAsync());
        var template = await db.QuestionnaireTemplates.SingleAsync();
        Assert.Equal(2026, template.Year);
        Assert.True(template.IsPublished);
    }

    [Fact]
    public async Task Is_safe_to_repeat()
    {
        using var database = new SqliteFile();
        await AdminRun.RunAsync(["migrate"], database);

        var again = await AdminRun.RunAsync(["migrate"], database);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("up to date", again.Output, StringComparison.Ordinal);
        Assert.Contains("Municipalities added: 0.", again.Output, StringComparison.Ordinal);
        Assert.Contains("already present", again.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(98, await db.Municipalities.CountAsync());
        Assert.Equal(1, await db.QuestionnaireTemplates.CountAsync());
    }

    [Fact]
    public async Task Migrates_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();

        var run = await AdminRun.RunAsync(["migrate"], database);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Postgres database migrated", run.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(98, await db.Municipalities.CountAsync());
    }

    [Fact]
    public async Task Reports_an_unreachable_database_in_one_line_with_exit_code_1()
    {
        var run = await AdminRun.RunAsync(["migrate"], new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Dbs"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2",
        });

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("migrate failed:", run.Error, StringComparison.Ordinal);
    }
}
