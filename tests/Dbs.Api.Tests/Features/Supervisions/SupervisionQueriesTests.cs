using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Supervisions;

public sealed class SupervisionQueriesTests(SqliteDemoHost demo) : IClassFixture<SqliteDemoHost>
{
    private const string Query = "query($n: Int) { supervisions(first: $n) { totalCount nodes { id year status method " +
        "supplier { id } itSystem { name } conclusion } } }";

    [Fact]
    public async Task A_supplier_sees_only_its_own_supervisions_and_no_draft_conclusions()
    {
        int supplierId;
        string cvr;
        await using (var db = demo.Host.CreateContext())
        {
            supplierId = await db.Supervisions.Where(s => s.Conclusion != null && s.Status == SupervisionStatus.InPeerReview)
                .Select(s => s.SupplierId).FirstAsync();
            cvr = await db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.Cvr).SingleAsync();
        }

        var nodes = await NodesAsync(await demo.Host.TokenAsync(cvr));

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(GlobalId.Encode("Supplier", supplierId), n.GetProperty("supplier").GetProperty("id").GetString()));
        Assert.Contains(nodes, n => n.GetProperty("status").GetString() == "IN_PEER_REVIEW");
        Assert.All(nodes.Where(n => n.GetProperty("status").GetString() is not ("RELEASED" or "CLOSED")),
            n => Assert.Equal(JsonValueKind.Null, n.GetProperty("conclusion").ValueKind));
    }

    [Fact]
    public async Task Dbs_sees_every_supervision_with_its_draft_conclusion()
    {
        int total;
        await using (var db = demo.Host.CreateContext())
        {
            total = await db.Supervisions.CountAsync();
        }

        var (_, body) = await demo.Host.PostAsync(Query, await demo.Host.TokenAsync("dbs"), new { n = 50 });

        var page = body.GetProperty("data").GetProperty("supervisions");
        Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
        Assert.Contains(page.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("conclusion").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task A_municipality_sees_only_supervisions_of_systems_it_has_agreements_for()
    {
        List<string> expected;
        await using (var db = demo.Host.CreateContext())
        {
            var viborg = await db.Municipalities.Where(m => m.Code == "791").Select(m => m.Id).SingleAsync();
            var ids = await db.Supervisions.Where(s => s.ItSystemId != null
                    ? db.AgreementSystems.Any(x => x.ItSystemId == s.ItSystemId && x.Agreement.MunicipalityId == viborg)
                    : db.Agreements.Any(a => a.SupplierId == s.SupplierId && a.MunicipalityId == viborg))
                .OrderBy(s => s.Id).Take(50).Select(s => s.Id).ToListAsync();
            expected = [.. ids.Select(id => GlobalId.Encode("Supervision", id))];
        }

        var nodes = await NodesAsync(await demo.Host.TokenAsync("791"));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, nodes.Select(n => n.GetProperty("id").GetString()));
    }

    private async Task<List<JsonElement>> NodesAsync(string token)
    {
        var (_, body) = await demo.Host.PostAsync(Query, token, new { n = 50 });
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return [.. body.GetProperty("data").GetProperty("supervisions").GetProperty("nodes").EnumerateArray()];
    }
}
