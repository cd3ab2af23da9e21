using System.Globalization;
using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.SubProcessors;

/// <summary>The sub-processor register through the API, on a demo database of the class's own (the tests change it).</summary>
public abstract class SubProcessorMutationsTests(DemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Engagement = "engagement { id status since countryCode transferBasis isThirdCountryTransfer " +
        "subProcessor { name } systems { id } objectionWindows { id status isOpen municipality { code } } }";

    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_supplier_announces_a_us_sub_processor_and_each_affected_municipality_may_object_once_in_its_window()
    {
        var (systemId, cvr, municipalities) = await SystemWithActiveAgreementsAsync();
        var supplier = await demo.Host.TokenAsync(cvr, Role.Editor);

        var engagement = (await demo.Host.MutateAsync("addSubProcessor", Engagement, new
        {
            subProcessor = new
            {
                name = "Cloud Inc.", foreignRegistrationId = "US-1234", countryCode = "US", serviceDescription = "Hosting",
                transferBasis = "EU_US_DATA_PRIVACY_FRAMEWORK",
            },
            itSystemIds = new[] { GlobalId.Encode("ItSystem", systemId) },
            since = Today,
        }, supplier)).Succeeded("engagement");
        var windows = engagement.GetProperty("objectionWindows").EnumerateArray().ToList();
        var window = windows[0];
        var code = window.GetProperty("municipality").GetProperty("code").GetString()!;
        var other = municipalities.FirstOrDefault(m => m != code) ?? "101";
        var input = new { objectionWindowId = window.GetProperty("id").GetString(), reason = "Ingen overførsel til USA." };

        var byOther = await demo.Host.MutateAsync("objectToSubProcessor", "objectionWindow { id }", input, await demo.Host.TokenAsync(other, Role.Editor));
        var bySupplier = await demo.Host.MutateAsync("objectToSubProcessor", "objectionWindow { id }", input, supplier);
        var objected = (await demo.Host.MutateAsync("objectToSubProcessor", "objectionWindow { status objectionReason isOpen }", input,
            await demo.Host.TokenAsync(code, Role.Editor))).Succeeded("objectionWindow");
        var twice = await demo.Host.MutateAsync("objectToSubProcessor", "objectionWindow { id }", input, await demo.Host.TokenAsync(code, Role.Editor));

        Assert.Equal(("NOTIFIED", "US", true), (engagement.GetProperty("status").GetString(), engagement.GetProperty("countryCode").GetString(),
            engagement.GetProperty("isThirdCountryTransfer").GetBoolean()));
        Assert.Equal(municipalities.Order(), windows.Select(w => w.GetProperty("municipality").GetProperty("code").GetString()!).Order());
        Assert.All(windows, w => Assert.True(w.GetProperty("isOpen").GetBoolean()));
        byOther.FailedWith("NotFoundError");
        bySupplier.FailedWith("NotAuthorizedError");
        Assert.Equal(("OBJECTED", false), (objected.GetProperty("status").GetString(), objected.GetProperty("isOpen").GetBoolean()));
        Assert.Equal("Objected", twice.FailedWith("InvalidTransitionError").GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task An_objection_after_the_deadline_is_refused_with_the_deadline()
    {
        var (systemId, cvr, _) = await SystemWithActiveAgreementsAsync();
        var notice = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-60);
        var engagement = (await demo.Host.MutateAsync("addSubProcessor", Engagement, new
        {
            subProcessor = new { name = "Backup ApS", cvr = "29189846", countryCode = "DK", serviceDescription = "Backup", transferBasis = "WITHIN_EEA" },
            itSystemIds = new[] { GlobalId.Encode("ItSystem", systemId) },
            since = notice.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            noticeGivenOn = notice.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, await demo.Host.TokenAsync(cvr, Role.Editor))).Succeeded("engagement");
        var window = engagement.GetProperty("objectionWindows")[0];

        var late = await demo.Host.MutateAsync("objectToSubProcessor", "objectionWindow { id }",
            new { objectionWindowId = window.GetProperty("id").GetString(), reason = "For sent?" },
            await demo.Host.TokenAsync(window.GetProperty("municipality").GetProperty("code").GetString()!, Role.Editor));

        Assert.False(window.GetProperty("isOpen").GetBoolean());
        Assert.Equal(notice.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            late.FailedWith("DeadlineExceededError").GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task A_refused_announcement_saves_nothing_not_even_the_new_sub_processor()
    {
        var (_, cvr, _) = await SystemWithActiveAgreementsAsync();
        int foreignSystem, before;
        await using (var db = demo.Host.CreateContext())
        {
            foreignSystem = await db.ItSystems.Where(s => s.Supplier.Cvr != cvr).Select(s => s.Id).FirstAsync();
            before = await db.SubProcessors.CountAsync();
        }

        var token = await demo.Host.TokenAsync(cvr, Role.Editor);
        var invalid = await demo.Host.MutateAsync("addSubProcessor", "engagement { id }", new
        {
            subProcessor = new { name = "Dansk Drift", countryCode = "DK", serviceDescription = "Drift", transferBasis = "WITHIN_EEA" },
            itSystemIds = new[] { GlobalId.Encode("ItSystem", foreignSystem) },
            since = Today,
        }, token);
        var foreign = await demo.Host.MutateAsync("addSubProcessor", "engagement { id }", new
        {
            subProcessor = new { name = "Dansk Drift", cvr = "29189846", countryCode = "DK", serviceDescription = "Drift", transferBasis = "WITHIN_EEA" },
            itSystemIds = new[] { GlobalId.Encode("ItSystem", foreignSystem) },
            since = Today,
        }, token);

        Assert.Equal(["input", "subProcessor", "cvr"], invalid.FailedWith("ValidationError").GetProperty("fieldErrors")[0].GetProperty("path")
            .EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["input", "itSystemIds"], foreign.FailedWith("ValidationError").GetProperty("fieldErrors")[0].GetProperty("path")
            .EnumerateArray().Select(p => p.GetString()));
        await using (var db = demo.Host.CreateContext())
        {
            Assert.Equal(before, await db.SubProcessors.CountAsync());
        }
    }

    [Fact]
    public async Task The_supplier_ends_its_active_engagement_and_nobody_else_can()
    {
        int engagementId;
        string cvr, otherCvr;
        await using (var db = demo.Host.CreateContext())
        {
            var engagement = await db.SubProcessorEngagements.Where(e => e.Status == EngagementStatus.Active)
                .Select(e => new { e.Id, e.Supplier.Cvr, e.From }).FirstAsync();
            (engagementId, cvr) = (engagement.Id, engagement.Cvr);
            otherCvr = await db.Suppliers.Where(s => s.Cvr != cvr).Select(s => s.Cvr).FirstAsync();
        }

        var input = new { engagementId = GlobalId.Encode("SubProcessorEngagement", engagementId), until = Today };
        var byOther = await demo.Host.MutateAsync("endSubProcessor", "engagement { id }", input, await demo.Host.TokenAsync(otherCvr, Role.Editor));
        var byDbs = await demo.Host.MutateAsync("endSubProcessor", "engagement { id }", input, await demo.Host.TokenAsync("dbs", Role.Editor));
        var ended = (await demo.Host.MutateAsync("endSubProcessor", "engagement { status until }", input,
            await demo.Host.TokenAsync(cvr, Role.Editor))).Succeeded("engagement");
        var again = await demo.Host.MutateAsync("endSubProcessor", "engagement { id }", input, await demo.Host.TokenAsync(cvr, Role.Editor));

        byOther.FailedWith("NotFoundError");
        byDbs.FailedWith("NotAuthorizedError");
        Assert.Equal(("ENDED", Today), (ended.GetProperty("status").GetString(), ended.GetProperty("until").GetString()));
        again.FailedWith("InvalidTransitionError");
    }

    [Fact]
    public async Task A_supplier_lists_only_sub_processors_it_engages_and_no_other_suppliers_engagement_by_id()
    {
        string cvr;
        int supplierId, foreignEngagement, foreignWindow;
        List<int> own;
        await using (var db = demo.Host.CreateContext())
        {
            supplierId = await db.SubProcessorEngagements.Select(e => e.SupplierId).FirstAsync();
            cvr = await db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.Cvr).SingleAsync();
            own = await db.SubProcessors.Where(s => db.SubProcessorEngagements.Any(e => e.SubProcessorId == s.Id && e.SupplierId == supplierId))
                .Select(s => s.Id).ToListAsync();
            foreignEngagement = await db.SubProcessorEngagements.Where(e => e.SupplierId != supplierId).Select(e => e.Id).FirstAsync();
            foreignWindow = await db.ObjectionWindows.Where(w => w.Engagement.SupplierId != supplierId).Select(w => w.Id).FirstAsync();
        }

        var (_, body) = await demo.Host.PostAsync("""
            query($e: ID!, $w: ID!) {
              subProcessors(first: 50) { totalCount nodes { id engagements { supplier { id } } } }
              nodes(ids: [$e, $w]) { id }
            }
            """, await demo.Host.TokenAsync(cvr), new
        {
            e = GlobalId.Encode("SubProcessorEngagement", foreignEngagement),
            w = GlobalId.Encode("ObjectionWindow", foreignWindow),
        });

        var data = body.GetProperty("data");
        var page = data.GetProperty("subProcessors");
        Assert.Equal(own.Count, page.GetProperty("totalCount").GetInt32());
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.All(n.GetProperty("engagements").EnumerateArray(),
            e => Assert.Equal(GlobalId.Encode("Supplier", supplierId), e.GetProperty("supplier").GetProperty("id").GetString())));
        Assert.All(data.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
    }

    [Fact]
    public async Task Suppliers_with_their_engagements_systems_and_windows_take_as_many_statements_for_twenty_as_for_two()
    {
        // Every engagement's windows with their municipalities, for twenty suppliers, could be tens of thousands of
        // objects (up to 98 windows an engagement), which the cost limits refuse: a client reads the windows' relations
        // through Query.objectionWindows, paging through them.
        const string Suppliers = "query($n: Int) { suppliers(first: $n) { nodes { name subProcessors { status since subProcessor { name } " +
            "systems { name } parent { id } } } } }";
        const string Windows = "query($n: Int) { objectionWindows(first: $n) { nodes { status isOpen municipality { code } " +
            "engagement { id objectionWindows { status } } } } }";
        var token = await demo.Host.TokenAsync("dbs");
        using var counter = new SqlCommandCounter(demo.Host.DatabaseMarker);

        await demo.Host.PostAsync(Suppliers, token, new { n = 2 });
        await demo.Host.PostAsync(Windows, token, new { n = 2 });
        var forTwo = counter.Count;
        counter.Reset();
        var (_, twenty) = await demo.Host.PostAsync(Suppliers, token, new { n = 20 });
        var (_, windows) = await demo.Host.PostAsync(Windows, token, new { n = 20 });
        var forTwenty = counter.Count;
        output.WriteLine($"SQL statements: {forTwo} for 2 suppliers and windows, {forTwenty} for 20.");

        Assert.False(twenty.TryGetProperty("errors", out _), twenty.ToString());
        Assert.False(windows.TryGetProperty("errors", out _), windows.ToString());
        Assert.Contains(twenty.GetProperty("data").GetProperty("suppliers").GetProperty("nodes").EnumerateArray(),
            s => s.GetProperty("subProcessors").GetArrayLength() > 0);
        Assert.Equal(20, windows.GetProperty("data").GetProperty("objectionWindows").GetProperty("nodes").GetArrayLength());
        Assert.Equal(forTwo, forTwenty);
    }

    private async Task<(int SystemId, string Cvr, List<string> Municipalities)> SystemWithActiveAgreementsAsync()
    {
        await using var db = demo.Host.CreateContext();
        var systemId = await db.AgreementSystems.Where(x => x.Agreement.Status == AgreementStatus.Active)
            .OrderBy(x => x.ItSystemId).Select(x => x.ItSystemId).FirstAsync();
        var cvr = await db.ItSystems.Where(s => s.Id == systemId).Select(s => s.Supplier.Cvr).SingleAsync();
        var municipalities = await db.AgreementSystems.Where(x => x.ItSystemId == systemId && x.Agreement.Status == AgreementStatus.Active)
            .Select(x => x.Agreement.Municipality.Code).Distinct().ToListAsync();
        return (systemId, cvr, municipalities);
    }
}

public sealed class SubProcessorMutationsTestsOnSqlite(SqliteDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : SubProcessorMutationsTests(demo, output), IClassFixture<SqliteDemoHost>;

public sealed class SubProcessorMutationsTestsOnPostgres(PostgresDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : SubProcessorMutationsTests(demo, output), IClassFixture<PostgresDemoHost>;
