using Dbs.Domain.Common;

namespace Dbs.Domain.Questionnaires;

/// <summary>One option of a <see cref="QuestionKind.Choice"/> question: a stable key and the Danish label.</summary>
public sealed class QuestionOption : Entity
{
    internal QuestionOption(Question question, int order, string key, string label)
    {
        Question = question;
        Order = order;
        Key = key;
        Label = label;
    }

    private QuestionOption()
    {
        Question = null!;
        Key = Label = string.Empty;
    }

    public int QuestionId { get; private set; }

    public Question Question { get; private set; }

    public int Order { get; private set; }

    public string Key { get; private set; }

    public string Label { get; private set; }
}
