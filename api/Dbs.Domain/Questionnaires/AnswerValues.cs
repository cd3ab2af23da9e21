using System.Globalization;
using Dbs.Domain.Common;

namespace Dbs.Domain.Questionnaires;

/// <summary>Checks and normalises an answer's value for the question's kind.</summary>
public static class AnswerValues
{
    public const string Yes = "Yes";
    public const string No = "No";
    public const string Partially = "Partially";

    /// <summary>Longest text accepted in a value or explanation.</summary>
    public const int MaxTextLength = 20_000;

    public static Result<string?> Normalize(Question question, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Result<string?>.Success(null);
        }

        var trimmed = value.Trim();
        switch (question.Kind)
        {
            case QuestionKind.YesNo:
                return OneOf(question, trimmed, Yes, No);
            case QuestionKind.YesNoPartially:
                return OneOf(question, trimmed, Yes, No, Partially);
            case QuestionKind.Date:
                return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : Invalid(question, $"'{trimmed}' is not a date (yyyy-MM-dd).");
            case QuestionKind.Choice:
                return question.Options.Any(o => o.Key == trimmed)
                    ? trimmed
                    : Invalid(question, $"'{trimmed}' is not one of the options ({string.Join(", ", question.Options.OrderBy(o => o.Order).Select(o => o.Key))}).");
            case QuestionKind.Text:
            case QuestionKind.File:
                return trimmed.Length <= MaxTextLength
                    ? trimmed
                    : Invalid(question, $"The answer is longer than {MaxTextLength} characters.");
            default:
                throw new InvalidOperationException($"Unknown question kind {question.Kind}.");
        }
    }

    private static Result<string?> OneOf(Question question, string value, params string[] allowed)
    {
        var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? match
            : Invalid(question, $"'{value}' is not an answer to this question (use {string.Join(", ", allowed)}).");
    }

    private static Result<string?> Invalid(Question question, string message) =>
        new ValidationFailed(question.Key, message);
}
