namespace Dbs.Domain.Questionnaires;

/// <summary>An answer as stored by a save: its new version is the one to send with the next save.</summary>
public sealed record SavedAnswer(string QuestionKey, string? Value, string? Explanation, long Version, DateTimeOffset AnsweredAt);
