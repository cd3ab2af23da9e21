using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Findings;

public sealed class FindingQueriesTests(SqliteDemoHost demo) : IClassFixture<SqliteDemoHost>
{
    private const string Query = "query($n: Int) { findings(first: $n) { totalCount nodes { id kind severity status text " +
        "supervision { status supplier { id } } } } }";

    [Fact]
    public async Task A_supplier_sees_only_released_findings_of_its_own_supervisions()
    {
        int supplierId;
        string cvr;
        int unreleased;
        await using (var db = demo.Host.CreateContext())
        {
            supplierId = await db.Findings.Where(f => f.Supervision.Status == SupervisionStatus.Released)
                .Select(f => f.Supervision.SupplierId).FirstAsync();
            cvr = await db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.Cvr).SingleAsync();
            unreleased = await db.Findings.Where(f => f.Supervision.Status != SupervisionStatus.Released
                    && f.Supervision.Status != SupervisionStatus.Closed)
                .Select(f => f.Id).FirstAsync();
        }

        var token = await demo.Host.TokenAsync(cvr);
        var (_, body) = await demo.Host.PostAsync(Query, token, new { n = 50 });
        var (_, hidden) = await demo.Host.PostAsync("query($id: ID!) { node(id: $id) { id } }", token,
            new { id = GlobalId.Encode("Finding", unreleased) });

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var nodes = body.GetProperty("data").GetProperty("findings").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            var supervision = n.GetProperty("supervision");
            Assert.Equal(GlobalId.Encode("Supplier", supplierId), supervision.GetProperty("supplier").GetProperty("id").GetString());
            Assert.Contains(supervision.GetProperty("status").GetString(), new[] { "RELEASED", "CLOSED" });
        });
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Dbs_sees_every_finding()
    {
        int total;
        await using (var db = demo.Host.CreateContext())
        {
            total = await db.Findings.CountAsync();
        }

        var (_, body) = await demo.Host.PostAsync(Query, await demo.Host.TokenAsync("dbs"), new { n = 5 });

        Assert.Equal(total, body.GetProperty("data").GetProperty("findings").GetProperty("totalCount").GetInt32());
    }
}
