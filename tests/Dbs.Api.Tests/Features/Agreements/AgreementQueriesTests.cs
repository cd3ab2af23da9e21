using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Agreements;

/// <summary>The agreements connection over the demo data, with its relations loaded by DataLoaders.</summary>
public abstract class AgreementQueriesTests
{
    private const string Page =
        "query($n: Int) { agreements(first: $n) { totalCount nodes { id status municipality { code } " +
        "supplier { id name } systems { name supplier { id } } } } }";

    private readonly DemoHost _demo;

    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    protected AgreementQueriesTests(DemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    {
        _demo = demo;
        _output = output;
    }

    [Fact]
    public async Task Fifty_agreements_with_relations_take_as_many_statements_as_five()
    {
        var token = await _demo.Host.TokenAsync("dbs");
        using var counter = new SqlCommandCounter(_demo.Host.DatabaseMarker);

        var five = await PageAsync(token, 5);
        var forFive = counter.Count;
        counter.Reset();
        var fifty = await PageAsync(token, 50);
        var forFifty = counter.Count;
        _output.WriteLine($"SQL statements: {forFive} for 5 agreements, {forFifty} for 50 (with municipality, supplier, systems and their supplier).");

        Assert.Equal(5, five.GetProperty("nodes").GetArrayLength());
        var nodes = fifty.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(50, nodes.Count);
        Assert.All(nodes, n => Assert.NotEmpty(n.GetProperty("systems").EnumerateArray()));
        Assert.All(nodes, n => Assert.All(n.GetProperty("systems").EnumerateArray(),
            s => Assert.Equal(n.GetProperty("supplier").GetProperty("id").GetString(), s.GetProperty("supplier").GetProperty("id").GetString())));
        // The token, the page, and one batch each for municipalities, suppliers and systems.
        Assert.Equal(forFive, forFifty);
        Assert.InRange(forFifty, 1, 6);
    }

    [Fact]
    public async Task A_municipality_sees_only_its_own_agreements_and_nothing_of_others_by_id()
    {
        var viborg = await _demo.Host.TokenAsync("791");
        int foreignId;
        int ownCount;
        await using (var db = _demo.Host.CreateContext())
        {
            foreignId = await db.Agreements.Where(a => a.Municipality.Code != "791").Select(a => a.Id).FirstAsync();
            ownCount = await db.Agreements.CountAsync(a => a.Municipality.Code == "791");
        }

        var page = await PageAsync(viborg, 50);
        var (_, foreign) = await _demo.Host.PostAsync("query($id: ID!) { node(id: $id) { id } }", viborg,
            new { id = GlobalId.Encode("Agreement", foreignId) });

        Assert.Equal(ownCount, page.GetProperty("totalCount").GetInt32());
        Assert.All(page.GetProperty("nodes").EnumerateArray(),
            n => Assert.Equal("791", n.GetProperty("municipality").GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, foreign.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task A_supplier_sees_only_its_own_agreements()
    {
        string cvr;
        int supplierId;
        await using (var db = _demo.Host.CreateContext())
        {
            var supplier = await db.Suppliers.OrderBy(s => s.Id).FirstAsync();
            (cvr, supplierId) = (supplier.Cvr, supplier.Id);
        }

        var page = await PageAsync(await _demo.Host.TokenAsync(cvr), 50);

        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(GlobalId.Encode("Supplier", supplierId),
            n.GetProperty("supplier").GetProperty("id").GetString()));
        Assert.True(page.GetProperty("totalCount").GetInt32() > 0);
    }

    private async Task<JsonElement> PageAsync(string token, int first)
    {
        var (status, body) = await _demo.Host.PostAsync(Page, token, new { n = first });
        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("agreements");
    }
}

public sealed class AgreementQueriesTestsOnSqlite(SqliteDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : AgreementQueriesTests(demo, output), IClassFixture<SqliteDemoHost>;

public sealed class AgreementQueriesTestsOnPostgres(PostgresDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : AgreementQueriesTests(demo, output), IClassFixture<PostgresDemoHost>;
