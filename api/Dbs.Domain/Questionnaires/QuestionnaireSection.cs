using Dbs.Domain.Common;

namespace Dbs.Domain.Questionnaires;

/// <summary>A section of a questionnaire template, e.g. "Behandlingssikkerhed".</summary>
public sealed class QuestionnaireSection : Entity
{
    private readonly List<Question> _questions = [];

    internal QuestionnaireSection(QuestionnaireTemplate template, int order, string title, string? description)
    {
        Template = template;
        Order = order;
        Title = title;
        Description = description;
    }

    private QuestionnaireSection()
    {
        Template = null!;
        Title = string.Empty;
    }

    public int TemplateId { get; private set; }

    public QuestionnaireTemplate Template { get; private set; }

    /// <summary>Position within the template, from 1.</summary>
    public int Order { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public IReadOnlyCollection<Question> Questions => _questions;

    internal Question Add(string key, string text, string? helpText, QuestionKind kind, bool required, string? clauseReference)
    {
        var question = new Question(this, _questions.Count + 1, key, text, helpText, kind, required, clauseReference);
        _questions.Add(question);
        return question;
    }
}
