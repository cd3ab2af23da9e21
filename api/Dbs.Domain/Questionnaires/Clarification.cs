using Dbs.Domain.Common;

namespace Dbs.Domain.Questionnaires;

/// <summary>DBS's request for clarification of one question, made when returning a submitted questionnaire.</summary>
public sealed class Clarification : Entity
{
    internal Clarification(Questionnaire questionnaire, Question question, int round, string comment, Actor actor, DateTimeOffset at)
    {
        Questionnaire = questionnaire;
        Question = question;
        Round = round;
        Comment = comment;
        RequestedByUserId = actor.UserId;
        RequestedByName = actor.DisplayName;
        RequestedAt = at.ToUniversalTime();
    }

    private Clarification()
    {
        Questionnaire = null!;
        Question = null!;
        Comment = RequestedByUserId = RequestedByName = string.Empty;
    }

    public int QuestionnaireId { get; private set; }

    public Questionnaire Questionnaire { get; private set; }

    public int QuestionId { get; private set; }

    public Question Question { get; private set; }

    /// <summary>Links a read without tracking to its question in the shared template (see <see cref="Questionnaire.ReadWith"/>).</summary>
    internal void ReadWith(Question question) => Question = question;

    /// <summary>Which return this belongs to: 1 for the first time the questionnaire was returned, and so on.</summary>
    public int Round { get; private set; }

    public string Comment { get; private set; }

    public string RequestedByUserId { get; private set; }

    public string RequestedByName { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }
}
