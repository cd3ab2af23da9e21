using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Agreements;

/// <summary>
/// <c>agreements(where:, order:)</c> over the demo data: enum and date operations, relations and list quantifiers,
/// sorting through a relation and by a date that can be missing, paging under that order, scoping, and the number of
/// SQL statements of a filtered, sorted page.
/// </summary>
public abstract class AgreementFilteringTests(DemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Query =
        "query($where: AgreementFilterInput, $order: [AgreementSortInput!], $first: Int, $after: String, $last: Int, $before: String) " +
        "{ agreements(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) " +
        "{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id status validFrom " +
        "municipality { code } supplier { id name } systems { name } } } }";

    private readonly DateOnly _pivot = new(2021, 1, 1);

    public static TheoryData<string> DateOperations => ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte", "in", "nin"];

    [Fact]
    public async Task Enum_operations_match_the_status()
    {
        var all = await AgreementsAsync();

        var active = await IdsAsync(new { status = new { eq = "ACTIVE" } });
        var notActive = await IdsAsync(new { status = new { neq = "ACTIVE" } });
        var ended = await IdsAsync(new { status = new { @in = new[] { "TERMINATED", "EXPIRED" } } });
        var notEnded = await IdsAsync(new { status = new { nin = new[] { "TERMINATED", "EXPIRED" } } });

        Assert.Equal(Expected(all, a => a.Status == AgreementStatus.Active), active);
        Assert.Equal(Expected(all, a => a.Status != AgreementStatus.Active), notActive);
        Assert.Equal(Expected(all, a => a.Status is AgreementStatus.Terminated or AgreementStatus.Expired), ended);
        Assert.Equal(Expected(all, a => a.Status is not (AgreementStatus.Terminated or AgreementStatus.Expired)), notEnded);
        Assert.DoesNotMatch("^0:", active);
        Assert.DoesNotMatch("^0:", ended);
    }

    [Theory]
    [MemberData(nameof(DateOperations))]
    public async Task Each_comparable_operation_on_a_date_matches_as_in_csharp_with_missing_dates(string operation)
    {
        var all = await AgreementsAsync();
        var pivot = all.Where(a => a.ValidFrom is not null).Select(a => a.ValidFrom!.Value).Order().ElementAt(all.Count / 3);
        var second = pivot.AddDays(1);
        Func<DateOnly?, bool> expected = operation switch
        {
            "eq" => d => d == pivot,
            "neq" => d => d != pivot,
            "gt" => d => d > pivot,
            "ngt" => d => !(d > pivot),
            "gte" => d => d >= pivot,
            "ngte" => d => !(d >= pivot),
            "lt" => d => d < pivot,
            "nlt" => d => !(d < pivot),
            "lte" => d => d <= pivot,
            "nlte" => d => !(d <= pivot),
            "in" => d => d == pivot || d == second,
            _ => d => !(d == pivot || d == second),
        };
        object value = operation is "in" or "nin" ? new[] { pivot.ToString("yyyy-MM-dd"), second.ToString("yyyy-MM-dd") } : pivot.ToString("yyyy-MM-dd");

        var ids = await IdsAsync(new Dictionary<string, object> { ["validFrom"] = new Dictionary<string, object> { [operation] = value } });

        Assert.Equal(Expected(all, a => expected(a.ValidFrom)), ids);
    }

    [Fact]
    public async Task Eq_null_matches_missing_dates_and_neq_null_present_ones()
    {
        var all = await AgreementsAsync();

        var missing = await IdsAsync(new { validFrom = new Dictionary<string, object?> { ["eq"] = null } });
        var present = await IdsAsync(new { validFrom = new Dictionary<string, object?> { ["neq"] = null } });

        Assert.Equal(Expected(all, a => a.ValidFrom is null), missing);
        Assert.Equal(Expected(all, a => a.ValidFrom is not null), present);
        Assert.DoesNotMatch("^0:", missing);
    }

    [Fact]
    public async Task Relations_filter_by_the_related_entity_ignoring_case()
    {
        var all = await AgreementsAsync();
        var supplierName = all[0].SupplierName;

        var bySupplier = await IdsAsync(new { supplier = new { name = new { eq = supplierName.ToUpperInvariant() } } });
        var byMunicipalities = await IdsAsync(new { municipality = new { code = new { @in = new[] { "101", "791" } } }, status = new { eq = "ACTIVE" } });

        Assert.Equal(Expected(all, a => a.SupplierName == supplierName), bySupplier);
        Assert.Equal(Expected(all, a => a.MunicipalityCode is "101" or "791" && a.Status == AgreementStatus.Active), byMunicipalities);
        Assert.DoesNotMatch("^0:", byMunicipalities);
    }

    [Fact]
    public async Task List_quantifiers_some_none_all_and_any_match_the_systems()
    {
        var all = await AgreementsAsync();
        var word = all.SelectMany(a => a.Systems).GroupBy(s => s.Split(' ')[0]).OrderByDescending(g => g.Count()).First().Key;
        bool Has(string system) => system.Contains(word, StringComparison.OrdinalIgnoreCase);

        var some = await IdsAsync(new { systems = new { some = new { name = new { contains = word.ToLowerInvariant() } } } });
        var none = await IdsAsync(new { systems = new { none = new { name = new { contains = word } } } });
        var every = await IdsAsync(new { systems = new { all = new { name = new { contains = word } } } });
        var any = await IdsAsync(new { systems = new { any = true } });
        var empty = await IdsAsync(new { systems = new { any = false } });

        Assert.Equal(Expected(all, a => a.Systems.Any(Has)), some);
        Assert.Equal(Expected(all, a => !a.Systems.Any(Has)), none);
        Assert.Equal(Expected(all, a => a.Systems.All(Has)), every);
        Assert.Equal(Expected(all, a => a.Systems.Count > 0), any);
        Assert.Equal(Expected(all, a => a.Systems.Count == 0), empty);
        Assert.DoesNotMatch("^0:", some);
        Assert.DoesNotMatch("^0:", none);
    }

    [Fact]
    public async Task Sorts_through_a_relation_and_by_a_date_that_can_be_missing_and_pages_both_ways()
    {
        var all = await AgreementsAsync();
        var expected = all.Where(a => a.MunicipalityCode is "101" or "791").OrderBy(a => a.SupplierName, StringComparer.Ordinal)
            .ThenByDescending(a => a.ValidFrom.HasValue).ThenByDescending(a => a.ValidFrom).ThenBy(a => a.Id)
            .Select(a => GlobalId.Encode("Agreement", a.Id)).ToList();
        var order = new object[] { new { supplier = new { name = "ASC" } }, new { validFrom = "DESC" } };
        var where = new { municipality = new { code = new { @in = new[] { "101", "791" } } } };

        var forward = new List<string>();
        string? after = null;
        JsonElement page;
        do
        {
            page = await PageAsync("dbs", new { where, order, first = 50, after });
            forward.AddRange(Ids(page));
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var backward = new List<string>();
        string? before = null;
        do
        {
            page = await PageAsync("dbs", new { where, order, last = 45, before });
            backward.InsertRange(0, Ids(page));
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
        Assert.True(expected.Count > 100);
    }

    [Fact]
    public async Task Status_sorts_in_lifecycle_order()
    {
        var page = await PageAsync("dbs", new { order = new object[] { new { status = "ASC" } }, first = 50,
            where = new { status = new { @in = new[] { "EXPIRED", "DRAFT", "ACTIVE" } } } });
        var statuses = page.GetProperty("nodes").EnumerateArray().Select(n => Enum.Parse<AgreementStatus>(
            n.GetProperty("status").GetString()!.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true)).ToList();

        Assert.Equal(statuses.Order(), statuses);
        Assert.Contains(AgreementStatus.Draft, statuses);
    }

    [Fact]
    public async Task A_filter_on_another_organisations_data_finds_nothing_of_theirs()
    {
        var all = await AgreementsAsync();
        var foreignSupplier = all.Where(a => a.MunicipalityCode != "791").Select(a => a.SupplierName)
            .Except(all.Where(a => a.MunicipalityCode == "791").Select(a => a.SupplierName)).First();
        var ownSupplier = all.First(a => a.MunicipalityCode == "791").SupplierName;
        string otherCvr;
        await using (var db = demo.Host.CreateContext())
        {
            otherCvr = await db.Suppliers.Where(s => s.Name != ownSupplier).Select(s => s.Cvr).FirstAsync();
        }

        var byOtherMunicipality = await PageAsync("791", new { where = new { municipality = new { code = new { eq = "101" } } } });
        var byForeignSupplier = await PageAsync("791", new { where = new { supplier = new { name = new { eq = foreignSupplier } } } });
        var foreignSystems = await PageAsync("791", new { where = new { or = new object[] {
            new { supplier = new { name = new { eq = foreignSupplier } } }, new { systems = new { none = new { name = new { neq = "x" } } } } } } });
        var supplierPeeking = await PageAsync(ownSupplierCvr(all), new { where = new { supplier = new { cvr = new { eq = otherCvr } } } });
        var dbsSees = await PageAsync("dbs", new { where = new { supplier = new { name = new { eq = foreignSupplier } } } });

        Assert.Equal(0, byOtherMunicipality.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, byForeignSupplier.GetProperty("totalCount").GetInt32());
        Assert.All(foreignSystems.GetProperty("nodes").EnumerateArray(),
            n => Assert.Equal("791", n.GetProperty("municipality").GetProperty("code").GetString()));
        Assert.Equal(0, supplierPeeking.GetProperty("totalCount").GetInt32());
        Assert.True(dbsSees.GetProperty("totalCount").GetInt32() > 0);

        string ownSupplierCvr(List<Row> rows) => rows.First(r => r.SupplierName == ownSupplier).SupplierCvr;
    }

    [Fact]
    public async Task A_filtered_and_sorted_page_of_fifty_takes_as_many_statements_as_one_of_five()
    {
        var token = await demo.Host.TokenAsync("dbs");
        var variables = new
        {
            where = new { status = new { nin = new[] { "DRAFT" } }, supplier = new { name = new { contains = "a" } },
                systems = new { some = new { name = new { ncontains = "%" } } } },
            order = new object[] { new { supplier = new { name = "ASC" } }, new { validFrom = "DESC" } },
        };
        using var counter = new SqlCommandCounter(demo.Host.DatabaseMarker);

        var five = await PageAsync(token, new { variables.where, variables.order, first = 5 }, tokenIsText: true);
        var forFive = counter.Count;
        counter.Reset();
        var fifty = await PageAsync(token, new { variables.where, variables.order, first = 50 }, tokenIsText: true);
        var forFifty = counter.Count;
        counter.Reset();
        var next = await PageAsync(token, new { variables.where, variables.order, first = 50,
            after = fifty.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, tokenIsText: true);
        var forNext = counter.Count;
        output.WriteLine($"SQL statements: {forFive} for 5, {forFifty} for 50, {forNext} for the next 50 (filtered, sorted, with relations).");

        Assert.Equal(5, Ids(five).Count);
        Assert.Equal(50, Ids(fifty).Count);
        Assert.NotEmpty(Ids(next));
        Assert.Equal(forFive, forFifty);
        Assert.InRange(forFifty, 1, 6);
        Assert.InRange(forNext, 1, 7);
    }

    private sealed record Row(int Id, AgreementStatus Status, DateOnly? ValidFrom, string MunicipalityCode, string SupplierName,
        string SupplierCvr, List<string> Systems);

    private async Task<List<Row>> AgreementsAsync()
    {
        await using var db = demo.Host.CreateContext();
        var rows = await db.Agreements.Select(a => new
        {
            a.Id, a.Status, a.ValidFrom, a.Municipality.Code, a.Supplier.Name, a.Supplier.Cvr,
            Systems = a.Systems.Select(s => s.ItSystem.Name).ToList(),
        }).ToListAsync();
        return [.. rows.Select(r => new Row(r.Id, r.Status, r.ValidFrom, r.Code, r.Name, r.Cvr, r.Systems))];
    }

    /// <summary>How many agreements match, and the first 50 of them by id, as "count: id, id, …".</summary>
    private static string Expected(List<Row> all, Func<Row, bool> predicate)
    {
        var matching = all.Where(predicate).OrderBy(a => a.Id).ToList();
        return $"{matching.Count}: " + string.Join(", ", matching.Take(50).Select(a => GlobalId.Encode("Agreement", a.Id)));
    }

    /// <summary>The agreements DBS sees matching <paramref name="where"/>, as <see cref="Expected"/> describes them.</summary>
    private async Task<string> IdsAsync(object where)
    {
        var page = await PageAsync("dbs", new { where, first = 50 });
        return $"{page.GetProperty("totalCount").GetInt32()}: " + string.Join(", ", Ids(page));
    }

    private async Task<JsonElement> PageAsync(string organisation, object variables, bool tokenIsText = false)
    {
        var token = tokenIsText ? organisation : await demo.Host.TokenAsync(organisation);
        var (status, body) = await demo.Host.PostAsync(Query, token, variables);
        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("agreements");
    }

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
}

public sealed class AgreementFilteringTestsOnSqlite(SqliteDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : AgreementFilteringTests(demo, output), IClassFixture<SqliteDemoHost>;

public sealed class AgreementFilteringTestsOnPostgres(PostgresDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : AgreementFilteringTests(demo, output), IClassFixture<PostgresDemoHost>;
