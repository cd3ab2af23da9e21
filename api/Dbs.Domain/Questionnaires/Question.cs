using Dbs.Domain.Common;

namespace Dbs.Domain.Questionnaires;

/// <summary>
/// A question of a questionnaire template: a stable <see cref="Key"/> (answers refer to it), Danish text and help,
/// how it is answered, whether it must be, and the clause of the DPA template it checks (e.g. "C.7").
/// </summary>
public sealed class Question : Entity
{
    private readonly List<QuestionOption> _options = [];

    internal Question(QuestionnaireSection section, int order, string key, string text, string? helpText, QuestionKind kind,
        bool required, string? clauseReference)
    {
        Section = section;
        Order = order;
        Key = key;
        Text = text;
        HelpText = helpText;
        Kind = kind;
        Required = required;
        ClauseReference = clauseReference;
    }

    private Question()
    {
        Section = null!;
        Key = Text = string.Empty;
    }

    public int SectionId { get; private set; }

    public QuestionnaireSection Section { get; private set; }

    /// <summary>Position within the section, from 1.</summary>
    public int Order { get; private set; }

    /// <summary>Unique within the template, e.g. "security.mfa".</summary>
    public string Key { get; private set; }

    public string Text { get; private set; }

    public string? HelpText { get; private set; }

    public QuestionKind Kind { get; private set; }

    public bool Required { get; private set; }

    public string? ClauseReference { get; private set; }

    public IReadOnlyCollection<QuestionOption> Options => _options;

    internal void AddOption(string key, string label) => _options.Add(new QuestionOption(this, _options.Count + 1, key, label));
}
