using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Supervisions;

/// <summary><c>supervisions(where:, order:)</c>: Int and DateTime comparisons, an optional relation, and sorting by a DateTime.</summary>
public abstract class SupervisionFilteringTests(DemoHost demo)
{
    private const string Query =
        "query($where: SupervisionFilterInput, $order: [SupervisionSortInput!]) { supervisions(where: $where, order: $order, first: 50) " +
        "{ totalCount nodes { id year plannedAt } } }";

    [Fact]
    public async Task Int_and_DateTime_comparisons_and_an_optional_relation_match_as_in_csharp()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.Supervisions.Select(s => new { s.Id, s.Year, s.PlannedAt, s.ItSystemId, SystemName = s.ItSystem!.Name }).ToListAsync();
        var year = all.Select(s => s.Year).Order().ElementAt(all.Count / 2);
        var instant = all.Select(s => s.PlannedAt).Order().ElementAt(all.Count / 2);
        var name = all.First(s => s.SystemName != null).SystemName!;

        var byYear = await CountAsync(new { year = new { gte = year, nin = new[] { year + 1 } } });
        var byInstant = await CountAsync(new { plannedAt = new { lt = instant } });
        var ofSystem = await CountAsync(new { itSystem = new { name = new { eq = name.ToUpperInvariant() } } });
        var ofSupplierAsWhole = await CountAsync(new { itSystem = new { name = new { neq = name } } });

        Assert.Equal(all.Count(s => s.Year >= year && s.Year != year + 1), byYear);
        Assert.Equal(all.Count(s => s.PlannedAt < instant), byInstant);
        Assert.Equal(all.Count(s => s.SystemName == name), ofSystem);
        // A relation filter needs the related row: supervisions of a supplier as a whole have no system to compare.
        Assert.Equal(all.Count(s => s.SystemName is not null && s.SystemName != name), ofSupplierAsWhole);
        Assert.NotEqual(0, byInstant);
    }

    [Fact]
    public async Task Sorts_by_a_DateTime_descending_then_by_year()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.Supervisions.Select(s => new { s.Id, s.Year, s.PlannedAt }).ToListAsync();
        var expected = all.OrderByDescending(s => s.PlannedAt).ThenBy(s => s.Year).ThenBy(s => s.Id).Take(50)
            .Select(s => GlobalId.Encode("Supervision", s.Id)).ToList();

        var page = await PageAsync(new { order = new object[] { new { plannedAt = "DESC" }, new { year = "ASC" } } });

        Assert.Equal(expected, page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList());
    }

    private async Task<int> CountAsync(object where) => (await PageAsync(new { where })).GetProperty("totalCount").GetInt32();

    private async Task<JsonElement> PageAsync(object variables)
    {
        var (status, body) = await demo.Host.PostAsync(Query, await demo.Host.TokenAsync("dbs"), variables);
        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("supervisions");
    }
}

public sealed class SupervisionFilteringTestsOnSqlite(SqliteDemoHost demo)
    : SupervisionFilteringTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class SupervisionFilteringTestsOnPostgres(PostgresDemoHost demo)
    : SupervisionFilteringTests(demo), IClassFixture<PostgresDemoHost>;
