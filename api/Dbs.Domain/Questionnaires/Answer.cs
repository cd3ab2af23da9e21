using Dbs.Domain.Common;

namespace Dbs.Domain.Questionnaires;

/// <summary>A supplier's answer to one question, with who last changed it and when. Its version is per answer.</summary>
public sealed class Answer : VersionedEntity
{
    internal Answer(Questionnaire questionnaire, Question question)
    {
        Questionnaire = questionnaire;
        Question = question;
        AnsweredByUserId = AnsweredByName = string.Empty;
    }

    private Answer()
    {
        Questionnaire = null!;
        Question = null!;
        AnsweredByUserId = AnsweredByName = string.Empty;
    }

    public int QuestionnaireId { get; private set; }

    public Questionnaire Questionnaire { get; private set; }

    public int QuestionId { get; private set; }

    public Question Question { get; private set; }

    /// <summary>Links a read without tracking to its question in the shared template (see <see cref="Questionnaire.ReadWith"/>).</summary>
    internal void ReadWith(Question question) => Question = question;

    /// <summary>Normalised by kind: "Yes"/"No"/"Partially", yyyy-MM-dd, an option key, or text.</summary>
    public string? Value { get; private set; }

    /// <summary>Free-text explanation or comment accompanying the value.</summary>
    public string? Explanation { get; private set; }

    public string AnsweredByUserId { get; private set; }

    public string AnsweredByName { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public bool HasValue => !string.IsNullOrWhiteSpace(Value);

    internal void Set(string? value, string? explanation, Actor actor, DateTimeOffset at)
    {
        Value = value;
        Explanation = explanation;
        AnsweredByUserId = actor.UserId;
        AnsweredByName = actor.DisplayName;
        AnsweredAt = at.ToUniversalTime();
    }
}
