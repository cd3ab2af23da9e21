using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Acknowledgements;

/// <summary>Municipalities acknowledging released reports through the API, on a demo database of the class's own.</summary>
public abstract class AcknowledgementMutationsTests(DemoHost demo)
{
    private const string Acknowledgement = "acknowledgement { status comment supervision { status } municipality { code } }";

    [Fact]
    public async Task A_municipality_approves_one_report_and_asks_for_follow_up_on_another_but_only_with_a_comment()
    {
        var (code, ids) = await PendingAsync(2);
        var token = await demo.Host.TokenAsync(code, Role.Editor);

        var approved = (await demo.Host.MutateAsync("acknowledgeReport", Acknowledgement,
            new { acknowledgementId = ids[0], decision = "APPROVE" }, token)).Succeeded("acknowledgement");
        var silent = await demo.Host.MutateAsync("acknowledgeReport", Acknowledgement,
            new { acknowledgementId = ids[1], decision = "REQUEST_FOLLOW_UP" }, token);
        var followUp = (await demo.Host.MutateAsync("acknowledgeReport", Acknowledgement,
            new { acknowledgementId = ids[1], decision = "REQUEST_FOLLOW_UP", comment = "Følg op på logning." }, token)).Succeeded("acknowledgement");
        var again = await demo.Host.MutateAsync("acknowledgeReport", Acknowledgement,
            new { acknowledgementId = ids[0], decision = "APPROVE" }, token);

        Assert.Equal(("APPROVED", code), (approved.GetProperty("status").GetString(),
            approved.GetProperty("municipality").GetProperty("code").GetString()));
        Assert.Equal(["input", "comment"], silent.FailedWith("ValidationError").GetProperty("fieldErrors")[0].GetProperty("path")
            .EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("FOLLOW_UP_REQUESTED", followUp.GetProperty("status").GetString());
        again.FailedWith("InvalidTransitionError");
    }

    [Fact]
    public async Task Nobody_but_the_municipality_acknowledges_and_only_it_and_dbs_list_the_acknowledgement()
    {
        var (code, ids) = await PendingAsync(1);
        string other, cvr;
        int own;
        await using (var db = demo.Host.CreateContext())
        {
            other = await db.Municipalities.Where(m => m.Code != code).Select(m => m.Code).FirstAsync();
            cvr = await db.Suppliers.Select(s => s.Cvr).FirstAsync();
            own = await db.ReportAcknowledgements.CountAsync(a => a.Municipality.Code == code);
        }

        var input = new { acknowledgementId = ids[0], decision = "APPROVE" };
        (await demo.Host.MutateAsync("acknowledgeReport", Acknowledgement, input, await demo.Host.TokenAsync(other, Role.Editor)))
            .FailedWith("NotFoundError");
        (await demo.Host.MutateAsync("acknowledgeReport", Acknowledgement, input, await demo.Host.TokenAsync(cvr, Role.Editor)))
            .FailedWith("NotFoundError");
        (await demo.Host.MutateAsync("acknowledgeReport", Acknowledgement, input, await demo.Host.TokenAsync("dbs", Role.Editor)))
            .FailedWith("NotAuthorizedError");
        (await demo.Host.MutateAsync("acknowledgeReport", Acknowledgement, input, await demo.Host.TokenAsync(code)))
            .FailedWith("NotAuthorizedError");

        const string List = "query($id: ID!) { acknowledgements(first: 50) { totalCount } node(id: $id) { id } }";
        var (_, mine) = await demo.Host.PostAsync(List, await demo.Host.TokenAsync(code), new { id = ids[0] });
        var (_, theirs) = await demo.Host.PostAsync(List, await demo.Host.TokenAsync(other), new { id = ids[0] });
        var (_, supplier) = await demo.Host.PostAsync(List, await demo.Host.TokenAsync(cvr), new { id = ids[0] });

        Assert.Equal(own, mine.GetProperty("data").GetProperty("acknowledgements").GetProperty("totalCount").GetInt32());
        Assert.Equal(ids[0], mine.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("null", theirs.GetProperty("data").GetProperty("node").GetRawText());
        Assert.Equal(0, supplier.GetProperty("data").GetProperty("acknowledgements").GetProperty("totalCount").GetInt32());
        Assert.Equal("null", supplier.GetProperty("data").GetProperty("node").GetRawText());
    }

    private async Task<(string Code, List<string> Ids)> PendingAsync(int count)
    {
        await using var db = demo.Host.CreateContext();
        var code = await db.ReportAcknowledgements.Where(a => a.Status == AcknowledgementStatus.Pending)
            .GroupBy(a => a.Municipality.Code).Where(g => g.Count() >= count).OrderBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var ids = await db.ReportAcknowledgements.Where(a => a.Status == AcknowledgementStatus.Pending && a.Municipality.Code == code)
            .OrderBy(a => a.Id).Take(count).Select(a => a.Id).ToListAsync();
        return (code, [.. ids.Select(id => GlobalId.Encode("ReportAcknowledgement", id))]);
    }
}

public sealed class AcknowledgementMutationsTestsOnSqlite(SqliteDemoHost demo)
    : AcknowledgementMutationsTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class AcknowledgementMutationsTestsOnPostgres(PostgresDemoHost demo)
    : AcknowledgementMutationsTests(demo), IClassFixture<PostgresDemoHost>;
