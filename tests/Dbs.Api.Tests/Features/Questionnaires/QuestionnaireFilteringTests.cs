using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Questionnaires;

/// <summary><c>questionnaires(where:, order:)</c>: a relation's text, an enum, a Date and a DateTime, sorting with paging, and scope.</summary>
public abstract class QuestionnaireFilteringTests(DemoHost demo)
{
    private ListRequest List => new(demo.Host, "questionnaires", "Questionnaire", "id");

    [Fact]
    public async Task Text_enum_and_date_filters_match_as_in_csharp()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.Questionnaires.Select(q => new { q.Id, q.Status, q.Deadline, q.SubmittedAt, SupplierName = q.Supplier.Name }).ToListAsync();
        var word = all[all.Count / 2].SupplierName.Split(' ')[0];
        var deadline = all.Where(q => q.Deadline is not null).Select(q => q.Deadline!.Value).Order().ElementAt(all.Count(q => q.Deadline is not null) / 2);
        var submitted = all.Where(q => q.SubmittedAt is not null).Select(q => q.SubmittedAt!.Value).Order().First();
        var dbs = await demo.Host.TokenAsync("dbs");

        var bySupplier = await List.CountAsync(dbs, new { supplier = new { name = new { contains = word.ToUpperInvariant() } } });
        var byStatus = await List.CountAsync(dbs, new { status = new { @in = new[] { "SUBMITTED", "ACCEPTED" } } });
        var byDeadline = await List.CountAsync(dbs, new { deadline = new { lte = deadline.ToString("yyyy-MM-dd"), neq = deadline.AddDays(-1).ToString("yyyy-MM-dd") } });
        var bySubmitted = await List.CountAsync(dbs, new { submittedAt = new { gt = submitted } });

        Assert.Equal(all.Count(q => q.SupplierName.Contains(word, StringComparison.OrdinalIgnoreCase)), bySupplier);
        Assert.Equal(all.Count(q => q.Status is QuestionnaireStatus.Submitted or QuestionnaireStatus.Accepted), byStatus);
        Assert.Equal(all.Count(q => q.Deadline <= deadline && q.Deadline != deadline.AddDays(-1)), byDeadline);
        Assert.Equal(all.Count(q => q.SubmittedAt > submitted), bySubmitted);
        Assert.NotEqual(0, byStatus);
        Assert.NotEqual(0, byDeadline);
    }

    [Fact]
    public async Task Sorts_by_submission_descending_across_pages()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.Questionnaires.Select(q => new { q.Id, q.SubmittedAt, q.Year }).ToListAsync();
        var expected = all.OrderByDescending(q => q.SubmittedAt).ThenBy(q => q.Year).ThenBy(q => q.Id).Take(12)
            .Select(q => GlobalId.Encode("Questionnaire", q.Id)).ToList();

        var ids = await List.IdsAsync(await demo.Host.TokenAsync("dbs"), null,
            new object[] { new { submittedAt = "DESC" }, new { year = "ASC" } }, pageSize: 4, pages: 3);

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task A_supplier_cannot_reach_another_supplier_s_questionnaires_through_a_filter()
    {
        string own, other;
        int ownCount;
        await using (var db = demo.Host.CreateContext())
        {
            var cvrs = await db.Questionnaires.Select(q => q.Supplier.Cvr).Distinct().OrderBy(c => c).Take(2).ToListAsync();
            (own, other) = (cvrs[0], cvrs[1]);
            ownCount = await db.Questionnaires.CountAsync(q => q.Supplier.Cvr == own);
        }

        var supplier = await demo.Host.TokenAsync(own);
        var theirs = await List.CountAsync(supplier, new { supplier = new { cvr = new { eq = other } } });
        var mine = await List.CountAsync(supplier, new { or = new object[] { new { supplier = new { cvr = new { eq = other } } }, new { year = new { gt = 0 } } } });
        var municipality = await List.CountAsync(await demo.Host.TokenAsync("751"), new { year = new { gt = 0 } });

        Assert.Equal(0, theirs);
        Assert.Equal(ownCount, mine);
        Assert.Equal(0, municipality);
    }
}

public sealed class QuestionnaireFilteringTestsOnSqlite(SqliteDemoHost demo)
    : QuestionnaireFilteringTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class QuestionnaireFilteringTestsOnPostgres(PostgresDemoHost demo)
    : QuestionnaireFilteringTests(demo), IClassFixture<PostgresDemoHost>;
