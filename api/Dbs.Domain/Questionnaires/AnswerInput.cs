namespace Dbs.Domain.Questionnaires;

/// <summary>
/// One answer to save. <see cref="ExpectedVersion"/> is the version of the answer the user edited (0 when there was
/// none yet); if the stored answer has moved on, the save is reported as a conflict instead of overwriting it.
/// <see cref="Value"/>: "Yes"/"No"/"Partially", an ISO date, an option key or text, by question kind; null clears.
/// </summary>
public sealed record AnswerInput(string QuestionKey, string? Value, string? Explanation, long ExpectedVersion);
