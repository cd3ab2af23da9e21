namespace Dbs.Domain.Questionnaires;

/// <summary>How a question is answered, which decides what an answer's value may be.</summary>
public enum QuestionKind
{
    /// <summary>"Yes" or "No".</summary>
    YesNo,

    /// <summary>"Yes", "No" or "Partially", usually with an explanation.</summary>
    YesNoPartially,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A calendar date, ISO 8601 (yyyy-MM-dd).</summary>
    Date,

    /// <summary>The key of one of the question's options.</summary>
    Choice,

    /// <summary>Answered by attaching one or more files; the value may carry a comment.</summary>
    File,
}
