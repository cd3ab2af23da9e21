using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Supervisions;

/// <summary>DBS's supervision steps through the API, on a demo database of the class's own (the tests change it).</summary>
public abstract class SupervisionMutationsTests(DemoHost demo)
{
    private const string Supervision = "supervision { id status version peerReviewerName acknowledgements { status municipality { code } } }";

    [Fact]
    public async Task Dbs_plans_starts_reviews_and_releases_a_supervision_which_asks_each_member_municipality_to_acknowledge()
    {
        var (supplierId, systemId, members) = await SystemWithMemberAgreementsAsync();
        var author = await demo.Host.TokenAsync("dbs", Role.Editor);
        var reviewer = await demo.Host.TokenAsync("dbs", Role.Editor);
        var reviewerUserId = await LatestTokenUserIdAsync();

        var planned = (await demo.Host.MutateAsync("planSupervision", Supervision, new
        {
            supplierId = GlobalId.Encode("Supplier", supplierId),
            itSystemId = GlobalId.Encode("ItSystem", systemId),
            year = 2031,
            method = "ISAE3000",
        }, author)).Succeeded("supervision");
        var id = planned.GetProperty("id").GetString()!;
        (await demo.Host.MutateAsync("startSupervision", Supervision, new { supervisionId = id }, author)).Succeeded("supervision");
        var assigned = (await demo.Host.MutateAsync("assignPeerReviewer", Supervision,
            new { supervisionId = id, reviewerUserId, reviewerName = "Peer" }, author)).Succeeded("supervision");
        (await demo.Host.MutateAsync("submitSupervisionForPeerReview", Supervision, new { supervisionId = id }, author))
            .Succeeded("supervision");
        var byAuthor = await demo.Host.MutateAsync("approvePeerReview", Supervision, new { supervisionId = id }, author);
        var early = await demo.Host.MutateAsync("releaseReport", Supervision, new { supervisionId = id }, author);
        (await demo.Host.MutateAsync("approvePeerReview", Supervision, new { supervisionId = id }, reviewer)).Succeeded("supervision");
        var released = (await demo.Host.MutateAsync("releaseReport", Supervision, new { supervisionId = id }, author))
            .Succeeded("supervision");

        Assert.Equal(("PLANNED", "Peer"), (planned.GetProperty("status").GetString(), assigned.GetProperty("peerReviewerName").GetString()));
        byAuthor.FailedWith("NotAuthorizedError");
        Assert.Equal(JsonValueKind.Null, byAuthor.GetProperty("supervision").ValueKind);
        Assert.Equal("awaiting peer review approval", early.FailedWith("InvalidTransitionError").GetProperty("currentState").GetString());
        Assert.Equal("RELEASED", released.GetProperty("status").GetString());
        var acknowledgements = released.GetProperty("acknowledgements").EnumerateArray().ToList();
        Assert.Equal(members.Order(), acknowledgements.Select(a => a.GetProperty("municipality").GetProperty("code").GetString()!).Order());
        Assert.All(acknowledgements, a => Assert.Equal("PENDING", a.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Planning_is_refused_to_readers_municipalities_and_suppliers_and_a_second_plan_already_exists()
    {
        var (supplierId, systemId, _) = await SystemWithMemberAgreementsAsync();
        string cvr;
        await using (var db = demo.Host.CreateContext())
        {
            cvr = await db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.Cvr).SingleAsync();
        }

        var input = new
        {
            supplierId = GlobalId.Encode("Supplier", supplierId),
            itSystemId = GlobalId.Encode("ItSystem", systemId),
            year = 2032,
            method = "WRITTEN_SUPERVISION",
        };
        var editor = await demo.Host.TokenAsync("dbs", Role.Editor);

        foreach (var token in new[] { await demo.Host.TokenAsync("dbs"), await demo.Host.TokenAsync("751", Role.Editor),
                     await demo.Host.TokenAsync(cvr, Role.Editor) })
        {
            var refused = await demo.Host.MutateAsync("planSupervision", "supervision { id }", input, token);
            refused.FailedWith("NotAuthorizedError");
            Assert.Equal(JsonValueKind.Null, refused.GetProperty("supervision").ValueKind);
        }

        (await demo.Host.MutateAsync("planSupervision", "supervision { id }", input, editor)).Succeeded("supervision");
        (await demo.Host.MutateAsync("planSupervision", "supervision { id }", input, editor)).FailedWith("AlreadyExistsError");
        (await demo.Host.MutateAsync("planSupervision", "supervision { id }",
            input with { supplierId = GlobalId.Encode("Municipality", supplierId) }, editor)).FailedWith("NotFoundError");
    }

    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_so_the_second_of_two_equal_plans_already_exists()
    {
        var (supplierId, systemId, _) = await SystemWithMemberAgreementsAsync();
        var input = new
        {
            supplierId = GlobalId.Encode("Supplier", supplierId),
            itSystemId = GlobalId.Encode("ItSystem", systemId),
            year = 2033,
            method = "ISAE3000",
        };

        var (_, body) = await demo.Host.PostAsync("""
            mutation($input: PlanSupervisionInput!) {
              first: planSupervision(input: $input) { supervision { year } errors { __typename } }
              second: planSupervision(input: $input) { supervision { year } errors { __typename } }
            }
            """, await demo.Host.TokenAsync("dbs", Role.Editor), new { input });

        var data = body.GetProperty("data");
        Assert.Equal(2033, data.GetProperty("first").GetProperty("supervision").GetProperty("year").GetInt32());
        Assert.Equal("AlreadyExistsError", data.GetProperty("second").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task An_anonymous_mutation_is_refused_as_not_authenticated_without_running()
    {
        var (status, body) = await demo.Host.PostAsync(
            "mutation { releaseReport(input: { supervisionId: \"U3VwZXJ2aXNpb246MQ==\" }) { supervision { id } } }");

        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<(int SupplierId, int SystemId, List<string> MemberCodes)> SystemWithMemberAgreementsAsync()
    {
        await using var db = demo.Host.CreateContext();
        var link = await db.AgreementSystems
            .Where(x => x.Agreement.Status == AgreementStatus.Active && x.Agreement.Municipality.IsMember)
            .OrderBy(x => x.ItSystemId)
            .Select(x => new { x.ItSystemId, x.ItSystem.SupplierId })
            .FirstAsync();
        var members = await db.AgreementSystems
            .Where(x => x.ItSystemId == link.ItSystemId && x.Agreement.Status == AgreementStatus.Active && x.Agreement.Municipality.IsMember)
            .Select(x => x.Agreement.Municipality.Code).Distinct().ToListAsync();
        return (link.SupplierId, link.ItSystemId, members);
    }

    private async Task<string> LatestTokenUserIdAsync()
    {
        await using var db = demo.Host.CreateContext();
        return "api-token:" + await db.ApiTokens.MaxAsync(t => t.Id);
    }
}

public sealed class SupervisionMutationsTestsOnSqlite(SqliteDemoHost demo)
    : SupervisionMutationsTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class SupervisionMutationsTestsOnPostgres(PostgresDemoHost demo)
    : SupervisionMutationsTests(demo), IClassFixture<PostgresDemoHost>;
