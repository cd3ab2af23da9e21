using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Findings;

/// <summary>Findings recorded, corrected and answered through the API, on a demo database of the class's own.</summary>
public abstract class FindingMutationsTests(DemoHost demo)
{
    private const string Finding = "finding { id status text version severity supplierResponse supervision { id } }";

    [Fact]
    public async Task Dbs_records_a_finding_and_corrects_it_with_its_version_but_not_with_a_stale_one()
    {
        int supervisionId;
        await using (var db = demo.Host.CreateContext())
        {
            supervisionId = await db.Supervisions.Where(s => s.Status == SupervisionStatus.InProgress).Select(s => s.Id).FirstAsync();
        }

        var dbs = await demo.Host.TokenAsync("dbs", Role.Editor);
        var recorded = (await demo.Host.MutateAsync("recordFinding", Finding, new
        {
            supervisionId = GlobalId.Encode("Supervision", supervisionId),
            kind = "DEVIATION",
            severity = "HIGH",
            clauseReference = "C.2",
            text = "Logs are not reviewed.",
            followUpDeadline = "2027-03-01",
        }, dbs)).Succeeded("finding");
        var id = recorded.GetProperty("id").GetString()!;
        var version = recorded.GetProperty("version").GetInt32();
        var update = new { findingId = id, kind = "DEVIATION", severity = "MEDIUM", text = "Logs are reviewed yearly only.", expectedVersion = version };

        var blank = await demo.Host.MutateAsync("updateFinding", Finding, update with { text = " " }, dbs);
        var updated = (await demo.Host.MutateAsync("updateFinding", Finding, update, dbs)).Succeeded("finding");
        var stale = await demo.Host.MutateAsync("updateFinding", Finding, update, dbs);

        Assert.Equal(("OPEN", "HIGH"), (recorded.GetProperty("status").GetString(), recorded.GetProperty("severity").GetString()));
        Assert.Equal(["input", "text"], blank.FailedWith("ValidationError").GetProperty("fieldErrors")[0].GetProperty("path")
            .EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(("MEDIUM", version + 1), (updated.GetProperty("severity").GetString(), updated.GetProperty("version").GetInt32()));
        stale.FailedWith("ConcurrencyConflictError");
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("finding").ValueKind);
    }

    [Fact]
    public async Task A_finding_cannot_be_recorded_on_a_planned_supervision_nor_by_a_supplier()
    {
        int planned, supplierId;
        await using (var db = demo.Host.CreateContext())
        {
            var supervision = await db.Supervisions.Where(s => s.Status == SupervisionStatus.Planned)
                .Select(s => new { s.Id, s.SupplierId }).FirstAsync();
            (planned, supplierId) = (supervision.Id, supervision.SupplierId);
        }

        var input = new { supervisionId = GlobalId.Encode("Supervision", planned), kind = "REMARK", severity = "LOW", text = "A remark." };
        var cvr = await CvrAsync(supplierId);

        (await demo.Host.MutateAsync("recordFinding", Finding, input, await demo.Host.TokenAsync("dbs", Role.Editor)))
            .FailedWith("InvalidTransitionError");
        (await demo.Host.MutateAsync("recordFinding", Finding, input, await demo.Host.TokenAsync(cvr, Role.Editor)))
            .FailedWith("NotAuthorizedError");
    }

    [Fact]
    public async Task The_supplier_responds_to_its_released_finding_and_nobody_else_can()
    {
        int findingId, supplierId, otherSupplierId;
        string municipality;
        await using (var db = demo.Host.CreateContext())
        {
            var finding = await db.Findings
                .Where(f => f.Status == FindingStatus.Open && f.Supervision.Status == SupervisionStatus.Released && f.Supervision.ItSystemId != null)
                .Select(f => new { f.Id, f.Supervision.SupplierId, f.Supervision.ItSystemId }).FirstAsync();
            (findingId, supplierId) = (finding.Id, finding.SupplierId);
            otherSupplierId = await db.Suppliers.Where(s => s.Id != supplierId).Select(s => s.Id).FirstAsync();
            municipality = await db.AgreementSystems.Where(x => x.ItSystemId == finding.ItSystemId)
                .Select(x => x.Agreement.Municipality.Code).FirstAsync();
        }

        var input = new { findingId = GlobalId.Encode("Finding", findingId), response = "Reviews are weekly now.", plannedRemediationOn = "2027-01-15" };

        var other = await demo.Host.MutateAsync("respondToFinding", Finding, input, await demo.Host.TokenAsync(await CvrAsync(otherSupplierId), Role.Editor));
        var reader = await demo.Host.MutateAsync("respondToFinding", Finding, input, await demo.Host.TokenAsync(await CvrAsync(supplierId)));
        var byMunicipality = await demo.Host.MutateAsync("respondToFinding", Finding, input, await demo.Host.TokenAsync(municipality, Role.Editor));
        var responded = (await demo.Host.MutateAsync("respondToFinding", Finding, input,
            await demo.Host.TokenAsync(await CvrAsync(supplierId), Role.Editor))).Succeeded("finding");

        other.FailedWith("NotFoundError");
        Assert.Equal("Your role only allows reading.", reader.FailedWith("NotAuthorizedError").GetProperty("message").GetString());
        byMunicipality.FailedWith("NotAuthorizedError");
        Assert.Equal(("RESPONDED", "Reviews are weekly now."),
            (responded.GetProperty("status").GetString(), responded.GetProperty("supplierResponse").GetString()));
    }

    [Fact]
    public async Task A_supplier_gets_not_found_for_a_finding_of_its_own_unreleased_report()
    {
        int findingId, supplierId;
        await using (var db = demo.Host.CreateContext())
        {
            var finding = await db.Findings.Where(f => f.Supervision.Status == SupervisionStatus.InPeerReview)
                .Select(f => new { f.Id, f.Supervision.SupplierId }).FirstAsync();
            (findingId, supplierId) = (finding.Id, finding.SupplierId);
        }

        var token = await demo.Host.TokenAsync(await CvrAsync(supplierId), Role.Editor);
        var payload = await demo.Host.MutateAsync("respondToFinding", Finding,
            new { findingId = GlobalId.Encode("Finding", findingId), response = "Done." }, token);
        var (_, read) = await demo.Host.PostAsync("query($id: ID!) { supervision: node(id: $id) { ... on Supervision { findings { id } } } }",
            token, new { id = GlobalId.Encode("Supervision", await SupervisionOfAsync(findingId)) });

        payload.FailedWith("NotFoundError");
        Assert.Empty(read.GetProperty("data").GetProperty("supervision").GetProperty("findings").EnumerateArray());
    }

    private async Task<string> CvrAsync(int supplierId)
    {
        await using var db = demo.Host.CreateContext();
        return await db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.Cvr).SingleAsync();
    }

    private async Task<int> SupervisionOfAsync(int findingId)
    {
        await using var db = demo.Host.CreateContext();
        return await db.Findings.Where(f => f.Id == findingId).Select(f => f.SupervisionId).SingleAsync();
    }
}

public sealed class FindingMutationsTestsOnSqlite(SqliteDemoHost demo) : FindingMutationsTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class FindingMutationsTestsOnPostgres(PostgresDemoHost demo) : FindingMutationsTests(demo), IClassFixture<PostgresDemoHost>;
