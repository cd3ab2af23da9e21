using Dbs.Domain.Questionnaires;
using Dbs.Domain.Tests.Support;

namespace Dbs.Domain.Tests.Questionnaires;

public sealed class StandardQuestionnaireTests
{
    private readonly QuestionnaireTemplate _template = StandardQuestionnaire.Create(2031);

    [Fact]
    public void It_covers_the_twelve_topics_with_between_40_and_60_questions()
    {
        Assert.Equal(12, _template.Sections.Count);
        Assert.InRange(_template.Questions.Count(), 40, 60);
        Assert.All(_template.Sections, s => Assert.NotEmpty(s.Questions));
    }

    [Fact]
    public void Keys_are_unique_and_choice_questions_offer_options()
    {
        var questions = _template.Questions.ToList();

        Assert.Equal(questions.Count, questions.Select(q => q.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(questions.Where(q => q.Kind == QuestionKind.Choice), q => Assert.True(q.Options.Count >= 2, q.Key));
    }

    [Fact]
    public void It_asks_for_the_auditors_statement_under_clause_C7_and_uses_every_kind_of_answer()
    {
        var statement = _template.FindQuestion("audit.statement");

        Assert.Equal((QuestionKind.File, true, "C.7"), (statement!.Kind, statement.Required, statement.ClauseReference));
        Assert.Equal(Enum.GetValues<QuestionKind>().Order(), _template.Questions.Select(q => q.Kind).Distinct().Order());
    }

    [Fact]
    public void It_can_be_published_once()
    {
        ResultAssert.Success(_template.Publish(new DateTimeOffset(2031, 1, 2, 8, 0, 0, TimeSpan.Zero)));

        Assert.True(_template.IsPublished);
    }
}
