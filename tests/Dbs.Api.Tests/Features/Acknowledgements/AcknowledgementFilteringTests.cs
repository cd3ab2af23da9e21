using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Acknowledgements;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Acknowledgements;

/// <summary><c>acknowledgements(where:, order:)</c>: the decision, when, the supervision and the municipality, paging and scope.</summary>
public abstract class AcknowledgementFilteringTests(DemoHost demo)
{
    private ListRequest List => new(demo.Host, "acknowledgements", "ReportAcknowledgement", "id");

    [Fact]
    public async Task Filters_by_decision_date_supervision_and_municipality_and_sorts_across_pages()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.ReportAcknowledgements.Select(a => new { a.Id, a.Status, a.At, a.Supervision.Year, a.Municipality.Name }).ToListAsync();
        var at = all.Where(a => a.At is not null).Select(a => a.At!.Value).Order().ElementAt(all.Count(a => a.At is not null) / 2);
        var name = all[0].Name;
        var dbs = await demo.Host.TokenAsync("dbs");

        var decided = await List.CountAsync(dbs, new { status = new { neq = "PENDING" } });
        var since = await List.CountAsync(dbs, new { at = new { gte = at } });
        var ofYear = await List.CountAsync(dbs, new { supervision = new { year = new { eq = all[0].Year } }, municipality = new { name = new { eq = name.ToLowerInvariant() } } });
        var ids = await List.IdsAsync(dbs, null, new object[] { new { status = "DESC" }, new { at = "ASC" } }, pageSize: 4, pages: 3);

        Assert.Equal(all.Count(a => a.Status != AcknowledgementStatus.Pending), decided);
        Assert.Equal(all.Count(a => a.At >= at), since);
        Assert.Equal(all.Count(a => a.Year == all[0].Year && a.Name == name), ofYear);
        Assert.Equal(all.OrderByDescending(a => a.Status).ThenBy(a => a.At).ThenBy(a => a.Id).Take(12)
            .Select(a => GlobalId.Encode("ReportAcknowledgement", a.Id)), ids);
        Assert.NotEqual(0, decided);
    }

    [Fact]
    public async Task A_municipality_filters_only_its_own_and_a_supplier_none()
    {
        string code, other, cvr;
        int own;
        await using (var db = demo.Host.CreateContext())
        {
            var codes = await db.ReportAcknowledgements.Select(a => a.Municipality.Code).Distinct().OrderBy(c => c).Take(2).ToListAsync();
            (code, other) = (codes[0], codes[1]);
            own = await db.ReportAcknowledgements.CountAsync(a => a.Municipality.Code == code);
            cvr = await db.ReportAcknowledgements.Select(a => a.Supervision.Supplier.Cvr).FirstAsync();
        }

        var municipality = await demo.Host.TokenAsync(code);

        Assert.Equal(0, await List.CountAsync(municipality, new { municipality = new { code = new { eq = other } } }));
        Assert.Equal(own, await List.CountAsync(municipality, new { or = new object[] { new { municipality = new { code = new { eq = other } } }, new { status = new { neq = "APPROVED" } }, new { status = new { eq = "APPROVED" } } } }));
        Assert.Equal(0, await List.CountAsync(await demo.Host.TokenAsync(cvr), new { status = new { neq = "PENDING" } }));
    }
}

public sealed class AcknowledgementFilteringTestsOnSqlite(SqliteDemoHost demo)
    : AcknowledgementFilteringTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class AcknowledgementFilteringTestsOnPostgres(PostgresDemoHost demo)
    : AcknowledgementFilteringTests(demo), IClassFixture<PostgresDemoHost>;
