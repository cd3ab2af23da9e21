using Dbs.Domain.Common;
using Dbs.Domain.Suppliers;

namespace Dbs.Domain.Questionnaires;

/// <summary>
/// A supplier's annual control questionnaire (one per supplier per year), answered once for every municipality:
/// it covers all the supplier's active agreements (<see cref="Agreements.AgreementQueries.CoveredBy"/>, derived, never
/// copied). Its lifecycle is in <see cref="QuestionnaireStatus"/>; once submitted nothing changes unless DBS returns it.
/// The methods that read questions need <see cref="Template"/> loaded with its sections, questions and options.
/// </summary>
public sealed class Questionnaire : VersionedEntity
{
    private readonly List<Answer> _answers = [];
    private readonly List<Attachment> _attachments = [];
    private readonly List<Clarification> _clarifications = [];

    public Questionnaire(Supplier supplier, QuestionnaireTemplate template, DateOnly? deadline = null)
    {
        if (!template.IsPublished)
        {
            throw new ArgumentException("A questionnaire is opened on a published template.", nameof(template));
        }

        Supplier = supplier;
        Template = template;
        Year = template.Year;
        Deadline = deadline;
        Status = QuestionnaireStatus.NotStarted;
    }

    private Questionnaire()
    {
        Supplier = null!;
        Template = null!;
    }

    public int SupplierId { get; private set; }

    public Supplier Supplier { get; private set; }

    public int Year { get; private set; }

    public int TemplateId { get; private set; }

    public QuestionnaireTemplate Template { get; private set; }

    public QuestionnaireStatus Status { get; private set; }

    /// <summary>When the supplier is asked to have submitted.</summary>
    public DateOnly? Deadline { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public string? LastEditedByName { get; private set; }

    public DateTimeOffset? LastEditedAt { get; private set; }

    public string? SubmittedByUserId { get; private set; }

    public string? SubmittedByName { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>How many times DBS has returned it for clarification; the current round's questions are editable.</summary>
    public int ReturnRound { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public string? AcceptedByUserId { get; private set; }

    public string? AcceptedByName { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public IReadOnlyCollection<Answer> Answers => _answers;

    public IReadOnlyCollection<Attachment> Attachments => _attachments;

    public IReadOnlyCollection<Clarification> Clarifications => _clarifications;

    /// <summary>The clarifications of the latest return, i.e. the questions the supplier is asked to revisit.</summary>
    public IEnumerable<Clarification> OpenClarifications =>
        ReturnRound == 0 ? [] : _clarifications.Where(c => c.Round == ReturnRound);

    public bool IsEditable => Status is QuestionnaireStatus.NotStarted or QuestionnaireStatus.Draft
        or QuestionnaireStatus.ReturnedForClarification;

    /// <summary>Whether the supplier may change the answer to <paramref name="question"/> (once editable at all).</summary>
    public bool IsQuestionEditable(Question question) =>
        ReturnRound == 0 || OpenClarifications.Any(c => c.Question == question || (question.Id != 0 && c.QuestionId == question.Id));

    public Answer? AnswerTo(Question question) =>
        _answers.FirstOrDefault(a => a.Question == question || (question.Id != 0 && a.QuestionId == question.Id));

    /// <summary>
    /// Completes a questionnaire read without tracking and without its template: the published template it was opened on
    /// (shared, see <see cref="QuestionnaireTemplateCache"/>), and the question of each answer, attachment and
    /// clarification in it. Such a questionnaire is for reading only.
    /// </summary>
    internal void ReadWith(QuestionnaireTemplate template)
    {
        if (template.Id != TemplateId)
        {
            throw new ArgumentException($"Questionnaire {Id} was opened on template {TemplateId}, not {template.Id}.", nameof(template));
        }

        Template = template;
        var questions = template.Sections.SelectMany(s => s.Questions).ToDictionary(q => q.Id);
        foreach (var answer in _answers)
        {
            answer.ReadWith(questions[answer.QuestionId]);
        }

        foreach (var attachment in _attachments)
        {
            attachment.ReadWith(questions[attachment.QuestionId]);
        }

        foreach (var clarification in _clarifications)
        {
            clarification.ReadWith(questions[clarification.QuestionId]);
        }
    }

    /// <summary>NotStarted → Draft: the supplier starts answering.</summary>
    public Result Start(Actor actor, DateTimeOffset at)
    {
        if (Status != QuestionnaireStatus.NotStarted)
        {
            return Invalid("be started");
        }

        Status = QuestionnaireStatus.Draft;
        StartedAt = at.ToUniversalTime();
        Touch(actor, at);
        return Result.Success();
    }

    /// <summary>ReturnedForClarification → Draft: the supplier takes up DBS's questions.</summary>
    public Result Reopen(Actor actor, DateTimeOffset at)
    {
        if (Status != QuestionnaireStatus.ReturnedForClarification)
        {
            return Invalid("be reopened");
        }

        Status = QuestionnaireStatus.Draft;
        Touch(actor, at);
        return Result.Success();
    }

    /// <summary>
    /// Saves the given answers only (others are untouched), all or nothing. Each input's expected version must match
    /// the stored answer's, or the save is a <see cref="ConcurrencyConflict"/> naming the question keys. Allowed in
    /// Draft; after a return, only the questions DBS commented on.
    /// </summary>
    public Result<IReadOnlyList<Answer>> SaveAnswers(Actor actor, IReadOnlyList<AnswerInput> inputs, DateTimeOffset at)
    {
        if (Status != QuestionnaireStatus.Draft)
        {
            return Invalid("change answers");
        }

        var errors = new List<FieldError>();
        var conflicts = new List<string>();
        var changes = new List<(Question Question, Answer? Existing, string? Value, string? Explanation)>();
        foreach (var group in inputs.GroupBy(i => i.QuestionKey, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                errors.Add(new FieldError(group.Key, "The question is answered more than once in the same save."));
                continue;
            }

            var input = group.Single();
            var question = RequireTemplate().FindQuestion(input.QuestionKey);
            if (question is null)
            {
                errors.Add(new FieldError(input.QuestionKey, $"There is no question '{input.QuestionKey}' in the {Year} questionnaire."));
                continue;
            }

            if (!IsQuestionEditable(question))
            {
                errors.Add(new FieldError(question.Key, "Only the questions returned for clarification can be changed now."));
                continue;
            }

            var existing = AnswerTo(question);
            if ((existing?.Version ?? 0) != input.ExpectedVersion)
            {
                conflicts.Add(question.Key);
                continue;
            }

            var value = AnswerValues.Normalize(question, input.Value);
            if (value.IsFailure)
            {
                errors.AddRange(((ValidationFailed)value.Error).Errors);
                continue;
            }

            var explanation = string.IsNullOrWhiteSpace(input.Explanation) ? null : input.Explanation.Trim();
            if (explanation is { Length: > AnswerValues.MaxTextLength })
            {
                errors.Add(new FieldError(question.Key, $"The explanation is longer than {AnswerValues.MaxTextLength} characters."));
                continue;
            }

            changes.Add((question, existing, value.Value, explanation));
        }

        if (conflicts.Count > 0)
        {
            return new ConcurrencyConflict(nameof(Questionnaire), Id.ToString(System.Globalization.CultureInfo.InvariantCulture), conflicts);
        }

        if (errors.Count > 0)
        {
            return new ValidationFailed(errors);
        }

        var saved = new List<Answer>();
        foreach (var (question, existing, value, explanation) in changes)
        {
            var answer = existing;
            if (answer is null)
            {
                answer = new Answer(this, question);
                _answers.Add(answer);
            }

            answer.Set(value, explanation, actor, at);
            saved.Add(answer);
        }

        Touch(actor, at);
        return saved;
    }

    /// <summary>Attaches a file's metadata to a question (Draft only, and the question must be editable).</summary>
    public Result<Attachment> AddAttachment(Actor actor, AttachmentInput input, DateTimeOffset at)
    {
        if (Status != QuestionnaireStatus.Draft)
        {
            return Invalid("take attachments");
        }

        var question = RequireTemplate().FindQuestion(input.QuestionKey);
        var errors = new List<FieldError>();
        if (question is null)
        {
            errors.Add(new FieldError(input.QuestionKey, $"There is no question '{input.QuestionKey}' in the {Year} questionnaire."));
        }
        else if (!IsQuestionEditable(question))
        {
            errors.Add(new FieldError(question.Key, "Only the questions returned for clarification can be changed now."));
        }

        if (string.IsNullOrWhiteSpace(input.FileName))
        {
            errors.Add(new FieldError("fileName", "The file needs a name."));
        }

        if (input.SizeBytes <= 0)
        {
            errors.Add(new FieldError("sizeBytes", "The file is empty."));
        }

        if (input.Sha256.Length != 64 || !input.Sha256.All(char.IsAsciiHexDigit))
        {
            errors.Add(new FieldError("sha256", "The SHA-256 digest must be 64 hexadecimal digits."));
        }

        if (string.IsNullOrWhiteSpace(input.StorageKey))
        {
            errors.Add(new FieldError("storageKey", "The file's storage key is missing."));
        }

        if (errors.Count > 0)
        {
            return new ValidationFailed(errors);
        }

        var attachment = new Attachment(this, question!, input, actor, at);
        _attachments.Add(attachment);
        Touch(actor, at);
        return attachment;
    }

    public Result RemoveAttachment(Actor actor, Attachment attachment, DateTimeOffset at)
    {
        if (Status != QuestionnaireStatus.Draft)
        {
            return Invalid("drop attachments");
        }

        if (!IsQuestionEditable(attachment.Question))
        {
            return new ValidationFailed(attachment.Question.Key, "Only the questions returned for clarification can be changed now.");
        }

        if (!_attachments.Remove(attachment))
        {
            return new NotFound(nameof(Attachment), attachment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Touch(actor, at);
        return Result.Success();
    }

    /// <summary>Whether <paramref name="question"/> counts as answered (file questions: at least one attachment).</summary>
    public bool IsAnswered(Question question) => question.Kind == QuestionKind.File
        ? _attachments.Any(a => a.Question == question || (question.Id != 0 && a.QuestionId == question.Id))
        : AnswerTo(question)?.HasValue == true;

    /// <summary>The required questions not yet answered, in questionnaire order.</summary>
    public IReadOnlyList<Question> MissingRequired() =>
        [.. RequireTemplate().Questions.Where(q => q.Required && !IsAnswered(q))];

    /// <summary>Draft → Submitted, when every required question is answered; each missing one is reported.</summary>
    public Result Submit(Actor actor, DateTimeOffset at)
    {
        if (Status != QuestionnaireStatus.Draft)
        {
            return Invalid("be submitted");
        }

        var missing = MissingRequired();
        if (missing.Count > 0)
        {
            return new ValidationFailed([.. missing.Select(q => new FieldError(q.Key,
                q.ClauseReference is null
                    ? $"The question '{q.Key}' must be answered."
                    : $"The question '{q.Key}' ({q.ClauseReference}) must be answered."))]);
        }

        Status = QuestionnaireStatus.Submitted;
        SubmittedByUserId = actor.UserId;
        SubmittedByName = actor.DisplayName;
        SubmittedAt = at.ToUniversalTime();
        return Result.Success();
    }

    /// <summary>Submitted → ReturnedForClarification, with DBS's comment on each question to revisit.</summary>
    public Result ReturnForClarification(Actor actor, IReadOnlyList<ClarificationInput> comments, DateTimeOffset at)
    {
        if (Status != QuestionnaireStatus.Submitted)
        {
            return Invalid("be returned for clarification");
        }

        var errors = new List<FieldError>();
        if (comments.Count == 0)
        {
            errors.Add(new FieldError("comments", "Say which questions need clarification."));
        }

        var resolved = new List<(Question Question, string Comment)>();
        foreach (var comment in comments)
        {
            var question = RequireTemplate().FindQuestion(comment.QuestionKey);
            if (question is null)
            {
                errors.Add(new FieldError(comment.QuestionKey, $"There is no question '{comment.QuestionKey}' in the {Year} questionnaire."));
            }
            else if (string.IsNullOrWhiteSpace(comment.Comment))
            {
                errors.Add(new FieldError(comment.QuestionKey, "Write what needs clarifying."));
            }
            else if (resolved.Any(r => r.Question == question))
            {
                errors.Add(new FieldError(comment.QuestionKey, "The question is commented on more than once."));
            }
            else
            {
                resolved.Add((question, comment.Comment.Trim()));
            }
        }

        if (errors.Count > 0)
        {
            return new ValidationFailed(errors);
        }

        ReturnRound++;
        foreach (var (question, comment) in resolved)
        {
            _clarifications.Add(new Clarification(this, question, ReturnRound, comment, actor, at));
        }

        Status = QuestionnaireStatus.ReturnedForClarification;
        ReturnedAt = at.ToUniversalTime();
        return Result.Success();
    }

    /// <summary>Submitted → Accepted: DBS accepts the answers.</summary>
    public Result Accept(Actor actor, DateTimeOffset at)
    {
        if (Status != QuestionnaireStatus.Submitted)
        {
            return Invalid("be accepted");
        }

        Status = QuestionnaireStatus.Accepted;
        AcceptedByUserId = actor.UserId;
        AcceptedByName = actor.DisplayName;
        AcceptedAt = at.ToUniversalTime();
        return Result.Success();
    }

    private void Touch(Actor actor, DateTimeOffset at)
    {
        LastEditedByName = actor.DisplayName;
        LastEditedAt = at.ToUniversalTime();
    }

    private QuestionnaireTemplate RequireTemplate() =>
        Template is { } template && template.Sections.Count > 0
            ? template
            : throw new InvalidOperationException("Load the questionnaire with its template's sections, questions and options.");

    private InvalidTransition Invalid(string action) => new(nameof(Questionnaire), Id, Status.ToString(), action);
}
