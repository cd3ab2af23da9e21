namespace Dbs.Domain.Questionnaires;

/// <summary>DBS's comment on one question when returning a questionnaire for clarification.</summary>
public sealed record ClarificationInput(string QuestionKey, string Comment);
