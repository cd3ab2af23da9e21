using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Tests.Support;

namespace Dbs.Domain.Tests.Questionnaires;

public sealed class QuestionnaireTemplateTests
{
    private static readonly DateTimeOffset Now = new(2031, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_published_template_takes_no_new_sections_or_questions_and_cannot_be_published_again()
    {
        var template = new QuestionnaireTemplate(2031, "Kontrolskema 2031");
        var section = template.AddSection("Sikkerhed").Value;
        template.AddQuestion(section, "security.mfa", "Bruges MFA?", QuestionKind.YesNo, required: true, clauseReference: "C.2");

        ResultAssert.Success(template.Publish(Now));

        Assert.Equal("Published", ResultAssert.Fails<InvalidTransition>(template.AddSection("Mere").Error).From);
        ResultAssert.Fails<InvalidTransition>(template.AddQuestion(section, "security.logs", "Logges der?", QuestionKind.YesNo, true).Error);
        ResultAssert.Fails<InvalidTransition>(template.Publish(Now).Error);
        Assert.Single(template.Questions);
    }

    [Fact]
    public void An_empty_template_cannot_be_published() =>
        ResultAssert.Fails<ValidationFailed>(new QuestionnaireTemplate(2031, "Tom").Publish(Now).Error);

    [Fact]
    public void Question_keys_are_unique_and_only_choice_questions_have_at_least_two_options()
    {
        var template = new QuestionnaireTemplate(2031, "Kontrolskema");
        var section = template.AddSection("Revision").Value;
        template.AddQuestion(section, "audit.kind", "Type", QuestionKind.Choice, true, "C.7", null, [("a", "A"), ("b", "B")]);

        var duplicate = template.AddQuestion(section, "audit.kind", "Igen", QuestionKind.Text, false);
        var oneOption = template.AddQuestion(section, "audit.one", "Én", QuestionKind.Choice, false, options: [("a", "A")]);
        var textWithOptions = template.AddQuestion(section, "audit.text", "Tekst", QuestionKind.Text, false, options: [("a", "A"), ("b", "B")]);

        Assert.Equal("key", Assert.Single(ResultAssert.Fails<ValidationFailed>(duplicate.Error).Errors).Field);
        Assert.Equal("options", Assert.Single(ResultAssert.Fails<ValidationFailed>(oneOption.Error).Errors).Field);
        Assert.Equal("options", Assert.Single(ResultAssert.Fails<ValidationFailed>(textWithOptions.Error).Errors).Field);
    }
}
