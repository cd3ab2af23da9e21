using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Common;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.AuditEvents;

public sealed class AuditEventQueriesTests(SqliteDemoHost demo) : IClassFixture<SqliteDemoHost>
{
    private const string Query = "{ auditEvents(last: 1) { totalCount nodes { action entityType userId organisationKind change after } } }";

    [Fact]
    public async Task Dbs_reads_the_audit_trail_with_a_mutation_s_event_and_nobody_else_reads_any()
    {
        int supervisionId;
        string cvr;
        await using (var db = demo.Host.CreateContext())
        {
            var planned = await db.Supervisions.Where(s => s.Status == SupervisionStatus.Planned).Select(s => new { s.Id, s.Supplier.Cvr }).FirstAsync();
            (supervisionId, cvr) = (planned.Id, planned.Cvr);
        }

        var dbs = await demo.Host.TokenAsync("dbs", Role.Editor);
        (await demo.Host.MutateAsync("startSupervision", "supervision { status }",
            new { supervisionId = GlobalId.Encode("Supervision", supervisionId) }, dbs)).Succeeded("supervision");
        int total;
        await using (var db = demo.Host.CreateContext())
        {
            total = await db.AuditEvents.CountAsync();
        }

        var (_, trail) = await demo.Host.PostAsync(Query, dbs);
        var (_, municipality) = await demo.Host.PostAsync(Query, await demo.Host.TokenAsync("751"));
        var (_, supplier) = await demo.Host.PostAsync(Query, await demo.Host.TokenAsync(cvr));

        var page = trail.GetProperty("data").GetProperty("auditEvents");
        var latest = page.GetProperty("nodes")[0];
        Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(("StartSupervision", "Supervision", "DBS", "UPDATED"), (latest.GetProperty("action").GetString(),
            latest.GetProperty("entityType").GetString(), latest.GetProperty("organisationKind").GetString(), latest.GetProperty("change").GetString()));
        Assert.StartsWith("api-token:", latest.GetProperty("userId").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, municipality.GetProperty("data").GetProperty("auditEvents").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, supplier.GetProperty("data").GetProperty("auditEvents").GetProperty("totalCount").GetInt32());
    }
}
