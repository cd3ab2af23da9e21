using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Dashboards;

/// <summary>A municipality's dashboard against the same figures counted here from the rows, in memory.</summary>
public abstract class DashboardQueriesTests(DemoHost demo)
{
    private const string Figures = "agreementsByStatus { status count } supervisionsByStatus { status count } " +
        "openFindingsBySeverity { severity count } overdueFollowUps agreementsExposedToThirdCountries " +
        "acknowledgementsByStatus { status count } acknowledgementsPending";

    [Fact]
    public async Task The_dashboard_counts_what_the_rows_say_and_dbs_sees_the_same_numbers_as_the_municipality()
    {
        var (municipalityId, code, expected) = await CountByHandAsync();

        var (_, own) = await demo.Host.PostAsync($"{{ municipalities(first: 50) {{ nodes {{ code dashboard {{ {Figures} }} }} }} }}",
            await demo.Host.TokenAsync(code));
        var (_, byDbs) = await demo.Host.PostAsync($"query($id: ID!) {{ dashboard(municipalityId: $id) {{ municipality {{ code }} {Figures} }} }}",
            await demo.Host.TokenAsync("dbs"), new { id = GlobalId.Encode("Municipality", municipalityId) });

        var mine = own.GetProperty("data").GetProperty("municipalities").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("code").GetString() == code).GetProperty("dashboard");
        var dbs = byDbs.GetProperty("data").GetProperty("dashboard");
        Assert.Equal(expected, Flatten(mine));
        Assert.Equal(expected, Flatten(dbs));
        Assert.Contains(expected, e => e.Key.StartsWith("agreements.ACTIVE", StringComparison.Ordinal) && e.Value > 0);
    }

    [Fact]
    public async Task Suppliers_and_other_municipalities_get_no_dashboard()
    {
        var (municipalityId, code, _) = await CountByHandAsync();
        string cvr, other;
        await using (var db = demo.Host.CreateContext())
        {
            cvr = await db.Suppliers.Select(s => s.Cvr).FirstAsync();
            other = await db.Municipalities.Where(m => m.Code != code).Select(m => m.Code).FirstAsync();
        }

        foreach (var token in new[] { await demo.Host.TokenAsync(cvr), await demo.Host.TokenAsync(other) })
        {
            var (_, body) = await demo.Host.PostAsync("query($id: ID!) { dashboard(municipalityId: $id) { overdueFollowUps } }", token,
                new { id = GlobalId.Encode("Municipality", municipalityId) });

            Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("dashboard").ValueKind);
            Assert.Equal("AUTH_NOT_AUTHORIZED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private async Task<(int Id, string Code, Dictionary<string, int> Figures)> CountByHandAsync()
    {
        await using var db = demo.Host.CreateContext();
        var municipality = await db.Municipalities.Where(m => m.IsMember)
            .OrderByDescending(m => db.ReportAcknowledgements.Count(a => a.MunicipalityId == m.Id))
            .ThenByDescending(m => db.Agreements.Count(a => a.MunicipalityId == m.Id)).FirstAsync();
        var today = DanishTime.DateOf(DateTimeOffset.UtcNow);
        var agreements = await db.Agreements.Where(a => a.MunicipalityId == municipality.Id).Include(a => a.Systems).ToListAsync();
        var systems = agreements.SelectMany(a => a.Systems.Select(s => s.ItSystemId)).ToHashSet();
        var suppliers = agreements.Select(a => a.SupplierId).ToHashSet();
        var supervisions = (await db.Supervisions.ToListAsync())
            .Where(s => s.ItSystemId is { } system ? systems.Contains(system) : suppliers.Contains(s.SupplierId)).ToList();
        var released = supervisions.Where(s => s.Status is SupervisionStatus.Released or SupervisionStatus.Closed).Select(s => s.Id).ToHashSet();
        var open = (await db.Findings.ToListAsync())
            .Where(f => released.Contains(f.SupervisionId) && f.Status is FindingStatus.Open or FindingStatus.Responded).ToList();
        var engagements = await db.SubProcessorEngagements.Include(e => e.Systems).Include(e => e.SubProcessor).ToListAsync();
        var exposed = agreements.Count(a => a.Status == AgreementStatus.Active && engagements.Any(e => e.SupplierId == a.SupplierId
            && e.Status is EngagementStatus.Active or EngagementStatus.Notified && !Countries.IsInEea(e.SubProcessor.CountryCode)
            && e.Systems.Any(es => a.Systems.Any(s => s.ItSystemId == es.ItSystemId))));
        var acknowledgements = await db.ReportAcknowledgements.Where(a => a.MunicipalityId == municipality.Id).ToListAsync();

        var figures = new Dictionary<string, int>
        {
            ["overdue"] = open.Count(f => f.FollowUpDeadline < today),
            ["exposed"] = exposed,
            ["pending"] = acknowledgements.Count(a => a.Status == AcknowledgementStatus.Pending),
        };
        foreach (var status in Enum.GetValues<AgreementStatus>())
        {
            figures[$"agreements.{Name(status)}"] = agreements.Count(a => a.Status == status);
        }

        foreach (var status in Enum.GetValues<SupervisionStatus>())
        {
            figures[$"supervisions.{Name(status)}"] = supervisions.Count(s => s.Status == status);
        }

        foreach (var severity in Enum.GetValues<FindingSeverity>())
        {
            figures[$"findings.{Name(severity)}"] = open.Count(f => f.Severity == severity);
        }

        foreach (var status in Enum.GetValues<AcknowledgementStatus>())
        {
            figures[$"acknowledgements.{Name(status)}"] = acknowledgements.Count(a => a.Status == status);
        }

        return (municipality.Id, municipality.Code, figures);
    }

    private static Dictionary<string, int> Flatten(JsonElement dashboard)
    {
        var figures = new Dictionary<string, int>
        {
            ["overdue"] = dashboard.GetProperty("overdueFollowUps").GetInt32(),
            ["exposed"] = dashboard.GetProperty("agreementsExposedToThirdCountries").GetInt32(),
            ["pending"] = dashboard.GetProperty("acknowledgementsPending").GetInt32(),
        };
        foreach (var (list, prefix, key) in new[] { ("agreementsByStatus", "agreements", "status"), ("supervisionsByStatus", "supervisions", "status"),
                     ("openFindingsBySeverity", "findings", "severity"), ("acknowledgementsByStatus", "acknowledgements", "status") })
        {
            foreach (var item in dashboard.GetProperty(list).EnumerateArray())
            {
                figures[$"{prefix}.{item.GetProperty(key).GetString()}"] = item.GetProperty("count").GetInt32();
            }
        }

        return figures;
    }

    // The schema's enum value names: IN_PROGRESS for InProgress.
    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}

public sealed class DashboardQueriesTestsOnSqlite(SqliteDemoHost demo) : DashboardQueriesTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class DashboardQueriesTestsOnPostgres(PostgresDemoHost demo) : DashboardQueriesTests(demo), IClassFixture<PostgresDemoHost>;
