namespace Dbs.Domain.Questionnaires;

/// <summary>How far a questionnaire is: answered required questions out of all required, and which are missing.</summary>
public sealed record QuestionnaireProgress(int AnsweredRequired, int Required, int Answered, int Questions,
    IReadOnlyList<string> MissingKeys);
