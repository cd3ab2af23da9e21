using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.SubProcessors;

/// <summary><c>subProcessors(where:, order:)</c> and <c>objectionWindows(where:, order:)</c>: text, enums, dates, lists, paging and scope.</summary>
public abstract class SubProcessorFilteringTests(DemoHost demo)
{
    private ListRequest SubProcessors => new(demo.Host, "subProcessors", "SubProcessor", "id");

    private ListRequest Windows => new(demo.Host, "objectionWindows", "ObjectionWindow", "id");

    [Fact]
    public async Task Sub_processors_filter_by_text_transfer_basis_and_their_engagements()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.SubProcessors.Select(s => new
        {
            s.Id, s.Name, s.CountryCode, s.TransferBasis,
            Notified = db.SubProcessorEngagements.Any(e => e.SubProcessorId == s.Id && e.Status == EngagementStatus.Notified),
        }).ToListAsync();
        var prefix = all[0].Name[..2];
        var dbs = await demo.Host.TokenAsync("dbs");

        var byName = await SubProcessors.CountAsync(dbs, new { name = new { startsWith = prefix.ToLowerInvariant() } });
        var byBasis = await SubProcessors.CountAsync(dbs, new { transferBasis = new { nin = new[] { "WITHIN_EEA" } }, countryCode = new { neq = "DK" } });
        var announced = await SubProcessors.CountAsync(dbs, new { engagements = new { some = new { status = new { eq = "NOTIFIED" } } } });

        Assert.Equal(all.Count(s => s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)), byName);
        Assert.Equal(all.Count(s => s.TransferBasis != TransferBasis.WithinEea && s.CountryCode != "DK"), byBasis);
        Assert.Equal(all.Count(s => s.Notified), announced);
        Assert.NotEqual(0, byBasis);
    }

    [Fact]
    public async Task Objection_windows_filter_by_status_deadline_and_municipality_and_sort_across_pages()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.ObjectionWindows.Select(w => new { w.Id, w.Status, w.Deadline, w.Municipality.Code }).ToListAsync();
        var deadline = all.Select(w => w.Deadline).Order().ElementAt(all.Count / 2);
        var code = all[0].Code;
        var dbs = await demo.Host.TokenAsync("dbs");

        var open = await Windows.CountAsync(dbs, new { status = new { eq = "OPEN" } });
        var byDeadline = await Windows.CountAsync(dbs, new { deadline = new { gte = deadline.ToString("yyyy-MM-dd") } });
        var ofMunicipality = await Windows.CountAsync(dbs, new { municipality = new { code = new { eq = code } } });
        var ids = await Windows.IdsAsync(dbs, null, new object[] { new { deadline = "DESC" } }, pageSize: 5, pages: 3);

        Assert.Equal(all.Count(w => w.Status == ObjectionWindowStatus.Open), open);
        Assert.Equal(all.Count(w => w.Deadline >= deadline), byDeadline);
        Assert.Equal(all.Count(w => w.Code == code), ofMunicipality);
        Assert.Equal(all.OrderByDescending(w => w.Deadline).ThenBy(w => w.Id).Take(15).Select(w => GlobalId.Encode("ObjectionWindow", w.Id)), ids);
    }

    [Fact]
    public async Task Filters_cannot_reach_beyond_the_caller_s_scope()
    {
        string cvr, otherCvr, code;
        int ownSubProcessors, ownWindows;
        await using (var db = demo.Host.CreateContext())
        {
            var supplierId = await db.SubProcessorEngagements.Select(e => e.SupplierId).FirstAsync();
            cvr = await db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.Cvr).SingleAsync();
            otherCvr = await db.SubProcessorEngagements.Where(e => e.SupplierId != supplierId).Select(e => e.Supplier.Cvr).FirstAsync();
            ownSubProcessors = await db.SubProcessors.CountAsync(s => db.SubProcessorEngagements.Any(e => e.SubProcessorId == s.Id && e.SupplierId == supplierId));
            code = await db.ObjectionWindows.Select(w => w.Municipality.Code).FirstAsync();
            ownWindows = await db.ObjectionWindows.CountAsync(w => w.Municipality.Code == code);
        }

        var supplier = await demo.Host.TokenAsync(cvr);
        var municipality = await demo.Host.TokenAsync(code);
        var othersEngagements = await SubProcessors.CountAsync(supplier,
            new { engagements = new { some = new { supplier = new { cvr = new { eq = otherCvr } } } } });
        var everyOwn = await SubProcessors.CountAsync(supplier, new { name = new { neq = "" } });
        var othersWindows = await Windows.CountAsync(municipality, new { municipality = new { code = new { neq = code } } });
        var everyWindow = await Windows.CountAsync(municipality, new { opensOn = new { gte = "1900-01-01" } });

        Assert.Equal(0, othersEngagements);
        Assert.Equal(ownSubProcessors, everyOwn);
        Assert.Equal(0, othersWindows);
        Assert.Equal(ownWindows, everyWindow);
    }
}

public sealed class SubProcessorFilteringTestsOnSqlite(SqliteDemoHost demo)
    : SubProcessorFilteringTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class SubProcessorFilteringTestsOnPostgres(PostgresDemoHost demo)
    : SubProcessorFilteringTests(demo), IClassFixture<PostgresDemoHost>;
