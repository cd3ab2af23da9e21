using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Suppliers;

public sealed class SupplierQueriesTests(SqliteDemoHost demo) : IClassFixture<SqliteDemoHost>
{
    private const string Query = "{ suppliers(first: 50) { totalCount nodes { id cvr name } } }";

    [Fact]
    public async Task A_municipality_sees_exactly_the_suppliers_it_has_agreements_with()
    {
        List<string> expected;
        await using (var db = demo.Host.CreateContext())
        {
            expected = await db.Agreements.Where(a => a.Municipality.Code == "791").Select(a => a.SupplierId).Distinct()
                .OrderBy(id => id).Take(50).Select(id => GlobalId.Encode("Supplier", id)).ToListAsync();
        }

        var page = await PageAsync(await demo.Host.TokenAsync("791"));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_supplier_sees_only_itself_and_dbs_sees_them_all()
    {
        string cvr;
        int total;
        await using (var db = demo.Host.CreateContext())
        {
            cvr = await db.Suppliers.OrderByDescending(s => s.Id).Select(s => s.Cvr).FirstAsync();
            total = await db.Suppliers.CountAsync();
        }

        var own = await PageAsync(await demo.Host.TokenAsync(cvr));
        var all = await PageAsync(await demo.Host.TokenAsync("dbs"));

        Assert.Equal(cvr, Assert.Single(own.GetProperty("nodes").EnumerateArray()).GetProperty("cvr").GetString());
        Assert.Equal(total, all.GetProperty("totalCount").GetInt32());
    }

    private async Task<JsonElement> PageAsync(string token)
    {
        var (_, body) = await demo.Host.PostAsync(Query, token);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("suppliers");
    }
}
