using Dbs.Domain.Common;

namespace Dbs.Domain.Questionnaires;

/// <summary>
/// The control questionnaire for one year: sections of questions. Built while a draft, immutable once published
/// (answers refer to its questions, and a supplier must see what the others saw).
/// </summary>
public sealed class QuestionnaireTemplate : VersionedEntity
{
    private readonly List<QuestionnaireSection> _sections = [];

    public QuestionnaireTemplate(int year, string title)
    {
        Year = year;
        Title = title;
    }

    private QuestionnaireTemplate()
    {
        Title = string.Empty;
    }

    public int Year { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public IReadOnlyCollection<QuestionnaireSection> Sections => _sections;

    /// <summary>Every question in order of section and position.</summary>
    public IEnumerable<Question> Questions =>
        _sections.OrderBy(s => s.Order).SelectMany(s => s.Questions.OrderBy(q => q.Order));

    public Question? FindQuestion(string key) => _sections.SelectMany(s => s.Questions).FirstOrDefault(q => q.Key == key);

    public Result<QuestionnaireSection> AddSection(string title, string? description = null)
    {
        if (IsPublished)
        {
            return Published("add a section");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return new ValidationFailed("title", "A section needs a title.");
        }

        var section = new QuestionnaireSection(this, _sections.Count + 1, title.Trim(), description);
        _sections.Add(section);
        return section;
    }

    /// <summary>Adds a question to <paramref name="section"/>; choice questions list their options as (key, label).</summary>
    public Result<Question> AddQuestion(QuestionnaireSection section, string key, string text, QuestionKind kind, bool required,
        string? clauseReference = null, string? helpText = null, IReadOnlyList<(string Key, string Label)>? options = null)
    {
        if (IsPublished)
        {
            return Published("add a question");
        }

        if (!_sections.Contains(section))
        {
            throw new ArgumentException("The section belongs to another template.", nameof(section));
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add(new FieldError("key", "A question needs a key."));
        }
        else if (FindQuestion(key) is not null)
        {
            errors.Add(new FieldError("key", $"The key '{key}' is already used in this template."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError("text", "A question needs a text."));
        }

        var optionList = options ?? [];
        if (kind == QuestionKind.Choice && optionList.Count < 2)
        {
            errors.Add(new FieldError("options", "A choice question needs at least two options."));
        }
        else if (kind != QuestionKind.Choice && optionList.Count > 0)
        {
            errors.Add(new FieldError("options", "Only choice questions have options."));
        }
        else if (optionList.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count() != optionList.Count)
        {
            errors.Add(new FieldError("options", "Option keys must be unique."));
        }

        if (errors.Count > 0)
        {
            return new ValidationFailed(errors);
        }

        var question = section.Add(key.Trim(), text.Trim(), helpText, kind, required, clauseReference);
        foreach (var (optionKey, label) in optionList)
        {
            question.AddOption(optionKey, label);
        }

        return question;
    }

    /// <summary>Publishes the template: from now on it cannot change.</summary>
    public Result Publish(DateTimeOffset at)
    {
        if (IsPublished)
        {
            return Published("be published");
        }

        if (!_sections.SelectMany(s => s.Questions).Any())
        {
            return new ValidationFailed("sections", "A template without questions cannot be published.");
        }

        PublishedAt = at.ToUniversalTime();
        return Result.Success();
    }

    private InvalidTransition Published(string action) => new(nameof(QuestionnaireTemplate), Id, "Published", action);
}
