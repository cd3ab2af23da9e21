using System.Text.Json;
using Dbs.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Municipalities;

/// <summary>
/// <c>municipalities(where:, order:)</c>: every string operation (ignoring case, Danish letters included), Booleans,
/// multi-key sorting, paging both ways under a requested order, cursors and the bounds on hostile arguments.
/// </summary>
public abstract class MunicipalityFilteringTests(DemoHost demo)
{
    private const string Query =
        "query($where: MunicipalityFilterInput, $order: [MunicipalitySortInput!], $first: Int, $after: String, $last: Int, $before: String) " +
        "{ municipalities(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) " +
        "{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { code name regionName isMember } } }";

    [Fact]
    public async Task Lower_case_ærø_finds_Ærø_Kommune_and_upper_case_finds_København()
    {
        var ærø = await NamesAsync(new { name = new { contains = "ærø" } });
        var københavn = await NamesAsync(new { name = new { startsWith = "KØBENHAVN" } });
        var exact = await NamesAsync(new { name = new { eq = "ÆRØ KOMMUNE" } });

        Assert.Equal(["Ærø Kommune"], ærø);
        Assert.Equal(["Københavns Kommune"], københavn);
        Assert.Equal(["Ærø Kommune"], exact);
    }

    public static TheoryData<string, string> StringOperations => new()
    {
        { "eq", "Tårnby Kommune" }, { "neq", "TÅRNBY KOMMUNE" }, { "contains", "ØR" }, { "ncontains", "ør" },
        { "startsWith", "hø" }, { "nstartsWith", "HØ" }, { "endsWith", "BY KOMMUNE" }, { "nendsWith", "by kommune" },
    };

    [Theory]
    [MemberData(nameof(StringOperations))]
    public async Task Each_string_operation_matches_as_the_same_comparison_ignoring_case_does(string operation, string value)
    {
        var all = await AllNamesAsync();
        var folded = value.ToLowerInvariant();
        Func<string, bool> expected = operation switch
        {
            "eq" => n => n.ToLowerInvariant() == folded,
            "neq" => n => n.ToLowerInvariant() != folded,
            "contains" => n => n.ToLowerInvariant().Contains(folded, StringComparison.Ordinal),
            "ncontains" => n => !n.ToLowerInvariant().Contains(folded, StringComparison.Ordinal),
            "startsWith" => n => n.ToLowerInvariant().StartsWith(folded, StringComparison.Ordinal),
            "nstartsWith" => n => !n.ToLowerInvariant().StartsWith(folded, StringComparison.Ordinal),
            "endsWith" => n => n.ToLowerInvariant().EndsWith(folded, StringComparison.Ordinal),
            _ => n => !n.ToLowerInvariant().EndsWith(folded, StringComparison.Ordinal),
        };

        var names = await NamesAsync(new Dictionary<string, object> { ["name"] = new Dictionary<string, object> { [operation] = value } });

        Assert.Equal(all.Where(expected).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.NotEmpty(names);
        Assert.NotEqual(all.Count, names.Count);
    }

    [Fact]
    public async Task In_and_nin_ignore_case_and_null_in_the_list_matches_a_missing_value()
    {
        var all = await AllNamesAsync();

        var inList = await NamesAsync(new { name = new { @in = new[] { "ÆRØ KOMMUNE", "aarhus kommune", "Nowhere" } } });
        var notIn = await NamesAsync(new { name = new { nin = new[] { "ÆRØ KOMMUNE", "aarhus kommune" } } });
        var withoutCvr = await NamesAsync(new { cvr = new { @in = new string?[] { null } } });
        int missingCvr;
        await using (var db = demo.Host.CreateContext())
        {
            missingCvr = await db.Municipalities.CountAsync(m => m.Cvr == null);
        }

        Assert.Equal(["Aarhus Kommune", "Ærø Kommune"], inList.Order(StringComparer.Ordinal));
        Assert.Equal(all.Count - 2, notIn.Count);
        Assert.Equal(missingCvr, withoutCvr.Count);
    }

    [Fact]
    public async Task Like_wildcards_in_the_value_are_ordinary_characters()
    {
        var percent = await NamesAsync(new { name = new { contains = "%" } });
        var underscore = await NamesAsync(new { name = new { startsWith = "_" } });
        var backslash = await NamesAsync(new { name = new { endsWith = "\\" } });
        var control = await NamesAsync(new { name = new { startsWith = "Ærø" } });

        Assert.Empty(percent);
        Assert.Empty(underscore);
        Assert.Empty(backslash);
        Assert.Single(control);
    }

    [Fact]
    public async Task And_or_and_a_Boolean_combine_as_written()
    {
        await using var db = demo.Host.CreateContext();
        var members = await db.Municipalities.Where(m => m.IsMember).Select(m => m.Name).ToListAsync();
        var hovedstaden = await db.Municipalities.Where(m => m.RegionName == "Region Hovedstaden").Select(m => m.Name).ToListAsync();

        var both = await NamesAsync(new { isMember = new { eq = true }, regionName = new { eq = "region hovedstaden" } });
        var either = await NamesAsync(new { or = new object[] { new { isMember = new { eq = true } }, new { regionName = new { eq = "Region Hovedstaden" } } } });
        var explicitAnd = await NamesAsync(new { and = new object[] { new { isMember = new { neq = false } }, new { regionName = new { startsWith = "region h" } } } });

        Assert.Equal(members.Intersect(hovedstaden).Order(StringComparer.Ordinal), both.Order(StringComparer.Ordinal));
        Assert.Equal(members.Union(hovedstaden).Order(StringComparer.Ordinal), either.Order(StringComparer.Ordinal));
        Assert.Equal(both.Order(StringComparer.Ordinal), explicitAnd.Order(StringComparer.Ordinal));
        Assert.NotEmpty(both);
    }

    [Fact]
    public async Task Sorts_by_several_keys_ascending_and_descending_with_the_id_last()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.Municipalities.Select(m => new { m.Id, m.Code, m.RegionName, m.IsMember }).ToListAsync();
        var expected = all.OrderByDescending(m => m.RegionName, StringComparer.Ordinal).ThenBy(m => m.IsMember).ThenBy(m => m.Id)
            .Take(50).Select(m => m.Code).ToList();

        var page = await PageAsync(new { first = 50, order = new object[] { new { regionName = "DESC" }, new { isMember = "ASC" } } });

        Assert.Equal(expected, Codes(page));
    }

    [Fact]
    public async Task Pages_forward_and_backward_under_a_requested_order_visit_every_row_once_in_order()
    {
        var order = new object[] { new { regionName = "ASC" }, new { name = "DESC" } };
        var where = new { name = new { ncontains = "sø" } };
        var whole = Codes(await PageAsync(new { where, order, first = 50 })).Concat(
            Codes(await PageAsync(new { where, order, first = 50, after = (await PageAsync(new { where, order, first = 50 }))
                .GetProperty("pageInfo").GetProperty("endCursor").GetString() }))).ToList();

        var forward = new List<string>();
        string? after = null;
        var pages = 0;
        JsonElement page;
        do
        {
            page = await PageAsync(new { where, order, first = 7, after });
            forward.AddRange(Codes(page));
            Assert.Equal(pages > 0, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            pages++;
        }
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var backward = new List<string>();
        string? before = null;
        do
        {
            page = await PageAsync(new { where, order, last = 9, before });
            backward.InsertRange(0, Codes(page));
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        Assert.Equal(page.GetProperty("totalCount").GetInt32(), whole.Count);
        Assert.Equal(whole, forward);
        Assert.Equal(whole, backward);
        Assert.True(whole.Count > 50);
    }

    [Fact]
    public async Task A_cursor_used_with_another_order_or_a_forged_one_is_a_clear_error()
    {
        var byName = new object[] { new { name = "ASC" } };
        var sorted = await PageAsync(new { order = byName, first = 5 });
        var plain = await PageAsync(new { first = 5 });
        var sortedCursor = sorted.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var plainCursor = plain.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var otherOrder = await ErrorAsync(new { order = new object[] { new { name = "DESC" } }, after = sortedCursor });
        var noOrder = await ErrorAsync(new { after = sortedCursor });
        var defaultCursor = await ErrorAsync(new { order = byName, before = plainCursor });
        var forged = await ErrorAsync(new { order = byName, after = Convert.ToBase64String("{\"order\":\"name:ASC\",\"keys\":[1]}"u8) });
        var garbage = await ErrorAsync(new { order = byName, after = "not a cursor" });

        Assert.Equal("PAGING_CURSOR_ORDER_MISMATCH", otherOrder.Code);
        Assert.Contains("name:ASC", otherOrder.Message, StringComparison.Ordinal);
        Assert.Equal("PAGING_CURSOR_ORDER_MISMATCH", noOrder.Code);
        Assert.Equal("PAGING_CURSOR_ORDER_MISMATCH", defaultCursor.Code);
        Assert.Equal("PAGING_INVALID_ARGUMENT", forged.Code);
        Assert.Equal("PAGING_INVALID_ARGUMENT", garbage.Code);
    }

    [Fact]
    public async Task Hostile_filters_and_orders_are_refused_with_a_code()
    {
        object deep = new { name = new { eq = "x" } };
        for (var i = 0; i < 10; i++)
        {
            deep = new { or = new[] { deep } };
        }

        var tooDeep = await ErrorAsync(new { where = deep });
        var tooMany = await ErrorAsync(new { where = new { code = new { @in = Enumerable.Range(0, 101).Select(i => i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)).ToArray() } } });
        var tooWide = await ErrorAsync(new { where = new { or = Enumerable.Range(0, 60).Select(i => new { code = new { eq = "1" } }).ToArray() } });
        var nullContains = await ErrorAsync(new { where = new { name = new Dictionary<string, object?> { ["contains"] = null } } });
        var twoFields = await ErrorAsync(new { order = new object[] { new { name = "ASC", code = "DESC" } } });
        var sixKeys = await ErrorAsync(new { order = Enumerable.Repeat<object>(new { name = "ASC" }, 6).ToArray() });

        Assert.Equal("FILTER_TOO_DEEP", tooDeep.Code);
        Assert.Equal("FILTER_TOO_MANY_VALUES", tooMany.Code);
        Assert.Equal("FILTER_TOO_COMPLEX", tooWide.Code);
        Assert.Equal("FILTER_INVALID_VALUE", nullContains.Code);
        Assert.Equal("SORT_INVALID", twoFields.Code);
        Assert.Equal("SORT_TOO_MANY_KEYS", sixKeys.Code);
    }

    private async Task<List<string>> AllNamesAsync()
    {
        await using var db = demo.Host.CreateContext();
        return await db.Municipalities.Select(m => m.Name).ToListAsync();
    }

    private async Task<List<string>> NamesAsync(object where)
    {
        var first = await PageAsync(new { where, first = 50 });
        var names = Names(first);
        if (first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
        {
            names.AddRange(Names(await PageAsync(new { where, first = 50, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })));
        }

        Assert.Equal(first.GetProperty("totalCount").GetInt32(), names.Count);
        return names;
    }

    private async Task<JsonElement> PageAsync(object variables)
    {
        var (status, body) = await demo.Host.PostAsync(Query, await demo.Host.TokenAsync("791"), variables);
        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("municipalities");
    }

    private async Task<(string Code, string Message)> ErrorAsync(object variables)
    {
        var (_, body) = await demo.Host.PostAsync(Query, await demo.Host.TokenAsync("791"), variables);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("municipalities").ValueKind);
        var error = body.GetProperty("errors")[0];
        return (error.GetProperty("extensions").GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    private static List<string> Names(JsonElement page) =>
        [.. page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];

    private static List<string> Codes(JsonElement page) =>
        [.. page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!)];
}

public sealed class MunicipalityFilteringTestsOnSqlite(SqliteDemoHost demo)
    : MunicipalityFilteringTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class MunicipalityFilteringTestsOnPostgres(PostgresDemoHost demo)
    : MunicipalityFilteringTests(demo), IClassFixture<PostgresDemoHost>;
