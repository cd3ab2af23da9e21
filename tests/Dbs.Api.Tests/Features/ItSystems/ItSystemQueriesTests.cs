using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.ItSystems;

public sealed class ItSystemQueriesTests(SqliteDemoHost demo) : IClassFixture<SqliteDemoHost>
{
    private const string Query = "{ itSystems(first: 50) { totalCount nodes { id name supplier { id } } } }";

    [Fact]
    public async Task A_supplier_sees_only_its_own_systems_and_not_anothers_by_id()
    {
        int supplierId;
        string cvr;
        int foreignSystem;
        await using (var db = demo.Host.CreateContext())
        {
            (supplierId, cvr) = await db.Suppliers.OrderBy(s => s.Id).Select(s => new ValueTuple<int, string>(s.Id, s.Cvr)).FirstAsync();
            foreignSystem = await db.ItSystems.Where(s => s.SupplierId != supplierId).Select(s => s.Id).FirstAsync();
        }

        var token = await demo.Host.TokenAsync(cvr);
        var (_, body) = await demo.Host.PostAsync(Query, token);
        var (_, foreign) = await demo.Host.PostAsync("query($id: ID!) { node(id: $id) { id } }", token,
            new { id = GlobalId.Encode("ItSystem", foreignSystem) });

        var nodes = body.GetProperty("data").GetProperty("itSystems").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(GlobalId.Encode("Supplier", supplierId), n.GetProperty("supplier").GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, foreign.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task An_anonymous_caller_reads_no_systems()
    {
        var (_, body) = await demo.Host.PostAsync(Query);

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("itSystems").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
