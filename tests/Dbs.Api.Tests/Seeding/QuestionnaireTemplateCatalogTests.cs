using Dbs.Api.Tests.Support;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Seeding;

public sealed class QuestionnaireTemplateCatalogTests
{
    private static readonly string[] Clauses =
    [
        "4", "5", "6", "7", "8", "9", "10", "11", "12", "15", "A.1", "A.2", "A.3", "A.4", "A.5", "B.1", "B.2",
        "C.1", "C.2", "C.3", "C.4", "C.5", "C.6", "C.7", "C.8",
    ];

    private readonly QuestionnaireTemplate _template = QuestionnaireTemplateCatalog.Create(2026);

    [Fact]
    public void Covers_the_twelve_topics_with_40_to_60_questions()
    {
        Assert.Equal(12, _template.Sections.Count);
        Assert.All(_template.Sections, s => Assert.NotEmpty(s.Questions));
        Assert.InRange(_template.Questions.Count(), 40, 60);
        Assert.Equal(2026, _template.Year);
        Assert.False(_template.IsPublished);
    }

    [Fact]
    public void Gives_every_question_a_unique_key_danish_text_and_a_known_clause()
    {
        var questions = _template.Questions.ToList();

        Assert.Equal(questions.Count, questions.Select(q => q.Key).Distinct().Count());
        Assert.All(questions, q => Assert.Matches(@"^[a-z-]+\.[a-z0-9-]+$", q.Key));
        Assert.All(questions, q => Assert.Matches(@"^\p{Lu}.*[.?]$|^Erklæringsperiodens", q.Text));
        Assert.All(questions.Where(q => q.ClauseReference is not null), q => Assert.Contains(q.ClauseReference!, Clauses));
        Assert.True(questions.Count(q => q.ClauseReference is not null) >= 50);
        Assert.True(questions.Count(q => q.HelpText is not null) >= 30);
        Assert.True(questions.Count(q => q.Required) >= 35);
    }

    [Fact]
    public void Uses_every_kind_of_question()
    {
        Assert.Equal(Enum.GetValues<QuestionKind>().Order(), _template.Questions.Select(q => q.Kind).Distinct().Order());
        Assert.All(_template.Questions.Where(q => q.Kind == QuestionKind.Choice), q => Assert.True(q.Options.Count >= 2));
    }

    [Fact]
    public void Asks_for_the_auditors_statement_by_type_and_as_a_file()
    {
        var type = _template.FindQuestion("audit.statement-type")!;
        var labels = type.Options.Select(o => o.Label).ToList();

        Assert.Contains(labels, l => l.Contains("ISAE 3000", StringComparison.Ordinal));
        Assert.Contains("ISAE 3402 type 1", labels);
        Assert.Contains("ISAE 3402 type 2", labels);
        Assert.Contains("Ledelseserklæring", labels);
        var file = _template.FindQuestion("audit.statement-file")!;
        Assert.Equal(QuestionKind.File, file.Kind);
        Assert.True(file.Required);
        Assert.Equal("C.7", file.ClauseReference);
    }

    [Fact]
    public async Task Is_added_once_per_year()
    {
        using var database = new SqliteFile();
        await AdminRun.RunAsync(["migrate"], database);
        await using var db = database.CreateContext();

        Assert.False(await QuestionnaireTemplateCatalog.EnsureAsync(db, 2026));
        Assert.True(await QuestionnaireTemplateCatalog.EnsureAsync(db, 2027));
        Assert.False(await QuestionnaireTemplateCatalog.EnsureAsync(db, 2027));

        Assert.Equal([2026, 2027], await db.QuestionnaireTemplates.Select(t => t.Year).OrderBy(y => y).ToListAsync());
        Assert.True(await db.QuestionnaireTemplates.AllAsync(t => t.PublishedAt != null));
        Assert.Equal(2 * _template.Questions.Count(), await db.Questions.CountAsync());
    }
}
