namespace Dbs.Domain.Questionnaires;

/// <summary>
/// A questionnaire's lifecycle: NotStarted → Draft → Submitted → Accepted, or Submitted → ReturnedForClarification →
/// Draft → Submitted again.
/// </summary>
public enum QuestionnaireStatus
{
    NotStarted,
    Draft,
    Submitted,
    ReturnedForClarification,
    Accepted,
}
