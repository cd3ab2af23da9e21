namespace Dbs.Api.Features.Questionnaires;

/// <summary><c>SaveAnswersInput</c>.</summary>
public sealed record SaveAnswersInput(string QuestionnaireId, IReadOnlyList<AnswerInput> Answers);

/// <summary><c>AnswerInput</c>: one answer and the version it was edited from.</summary>
public sealed record AnswerInput(string QuestionKey, string? Value, string? Explanation, long ExpectedVersion);

/// <summary>The input of the questionnaire steps that name only the questionnaire (submit, accept).</summary>
public sealed record QuestionnaireStepInput(string QuestionnaireId, long? ExpectedVersion);

/// <summary><c>ReturnQuestionnaireForClarificationInput</c>.</summary>
public sealed record ReturnQuestionnaireForClarificationInput(string QuestionnaireId, IReadOnlyList<ClarificationInput> Comments,
    long? ExpectedVersion);

/// <summary><c>ClarificationInput</c>.</summary>
public sealed record ClarificationInput(string QuestionKey, string Comment);

/// <summary>What <c>saveAnswers</c> returns on success: the questionnaire and the answers as stored.</summary>
public sealed record SavedAnswers(Domain.Questionnaires.Questionnaire? Questionnaire, IReadOnlyList<Domain.Questionnaires.SavedAnswer> Answers);
