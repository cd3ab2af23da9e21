using System.Globalization;
using System.Text.RegularExpressions;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Commands;

public sealed class SeedDemoCommandTests
{
    [Fact]
    public async Task Fills_a_fresh_database_at_scale_1_and_prints_the_rows_per_table_and_the_time()
    {
        using var database = new SqliteFile();

        var run = await AdminRun.RunAsync(["seed-demo"], database);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Generated in", run.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var counts = (await DatabaseTables.CountRowsAsync(db)).ToDictionary(t => t.Table, t => t.Rows);
        // API tokens are credentials, never demo data: random secrets would also make the data differ per run.
        Assert.Equal(0, counts["ApiTokens"]);
        foreach (var (table, rows) in counts.Where(c => c.Key != "ApiTokens"))
        {
            Assert.True(rows > 0, $"{table} is empty.");
            var formatted = rows.ToString("N0", CultureInfo.InvariantCulture);
            Assert.Matches($@"(?m)^\s+{table}\s+{Regex.Escape(formatted)}$", run.Output);
        }

        Assert.Equal(60, counts["Suppliers"]);
        Assert.Equal(400, counts["ItSystems"]);
        Assert.Equal(60, counts["Questionnaires"]);
        Assert.Equal(98, counts["Municipalities"]);
        Assert.InRange(counts["Agreements"], 7_500, 8_500);
    }

    [Fact]
    public async Task In_development_it_prints_working_demo_tokens_and_otherwise_none()
    {
        using var development = new SqliteFile();
        using var production = new SqliteFile();

        var dev = await AdminRun.RunAsync(["seed-demo"], new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dbs"] = development.ConnectionString,
        }, environment: "Development");
        var prod = await AdminRun.RunAsync(["seed-demo"], production);

        Assert.True(dev.ExitCode == 0, dev.Output + dev.Error);
        var tokens = Regex.Matches(dev.Output, @"dbs_[0-9a-f]{12}_[A-Za-z0-9_-]{43}").Select(m => m.Value).ToList();
        Assert.True(tokens.Count == 4, dev.Output);
        Assert.DoesNotContain("dbs_", prod.Output, StringComparison.Ordinal);
        await using var db = development.CreateContext();
        var service = new Dbs.Domain.ApiTokens.ApiTokenService(db, FixedClock.DemoDay);
        var kinds = new List<Dbs.Domain.Common.OrganisationKind>();
        foreach (var token in tokens)
        {
            kinds.Add((await service.VerifyAsync(token))!.OrganisationKind);
        }

        Assert.Equal([Dbs.Domain.Common.OrganisationKind.Dbs, Dbs.Domain.Common.OrganisationKind.Municipality,
            Dbs.Domain.Common.OrganisationKind.Municipality, Dbs.Domain.Common.OrganisationKind.Supplier], kinds);
    }

    [Fact]
    public async Task Gives_the_same_data_every_time()
    {
        using var first = new SqliteFile();
        using var second = new SqliteFile();

        Assert.Equal(0, (await AdminRun.RunAsync(["seed-demo"], first)).ExitCode);
        Assert.Equal(0, (await AdminRun.RunAsync(["seed-demo"], second)).ExitCode);

        await using var one = first.CreateContext();
        await using var other = second.CreateContext();
        Assert.Equal(await DataHash.ComputeAsync(one), await DataHash.ComputeAsync(other));
    }

    [Fact]
    public async Task Refuses_a_database_with_data_unless_told_to_reset_it()
    {
        using var database = new SqliteFile();
        await AdminRun.RunAsync(["seed-demo"], database);
        string seeded;
        await using (var db = database.CreateContext())
        {
            seeded = await DataHash.ComputeAsync(db);
        }

        var refused = await AdminRun.RunAsync(["seed-demo"], database);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--reset", refused.Error, StringComparison.Ordinal);

        var reset = await AdminRun.RunAsync(["seed-demo", "--reset"], database);
        Assert.Equal(0, reset.ExitCode);
        await using var after = database.CreateContext();
        Assert.Equal(seeded, await DataHash.ComputeAsync(after));
    }

    [Fact]
    public async Task Scales_suppliers_systems_and_agreements()
    {
        using var database = new SqliteFile();

        var run = await AdminRun.RunAsync(["seed-demo", "--scale", "2"], database);

        Assert.Equal(0, run.ExitCode);
        await using var db = database.CreateContext();
        Assert.Equal(120, await db.Suppliers.CountAsync());
        Assert.Equal(800, await db.ItSystems.CountAsync());
        Assert.InRange(await db.Agreements.CountAsync(), 15_000, 17_000);
    }

    [Fact]
    public async Task Writes_the_same_rows_to_postgres_as_to_sqlite()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        using var sqlite = new SqliteFile();

        Assert.Equal(0, (await AdminRun.RunAsync(["seed-demo"], postgres)).ExitCode);
        Assert.Equal(0, (await AdminRun.RunAsync(["seed-demo"], sqlite)).ExitCode);

        await using var onPostgres = postgres.CreateContext();
        await using var onSqlite = sqlite.CreateContext();
        Assert.Equal(await DatabaseTables.CountRowsAsync(onSqlite), await DatabaseTables.CountRowsAsync(onPostgres));
        Assert.Equal(
            await onSqlite.Agreements.OrderBy(a => a.Id).Select(a => new { a.Id, a.MunicipalityId, a.Status, a.ValidFrom }).Take(50).ToListAsync(),
            await onPostgres.Agreements.OrderBy(a => a.Id).Select(a => new { a.Id, a.MunicipalityId, a.Status, a.ValidFrom }).Take(50).ToListAsync());
    }
}
