using Dbs.Domain.Access;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Questionnaires;

/// <summary>
/// The annual questionnaire round: DBS opens questionnaires, the supplier answers (partial saves with per-answer
/// versions) and submits, DBS returns it for clarification or accepts it. Every change is audited.
/// Reads share the published template (<see cref="QuestionnaireTemplateCache"/>); changes load only what they change.
/// </summary>
public sealed class QuestionnaireService(DbsDbContext db, TimeProvider clock, QuestionnaireTemplateCache templates)
{
    private const int SaveAttempts = 3;

    /// <summary>DBS opens a supplier's questionnaire for <paramref name="year"/> on that year's published template.</summary>
    public async Task<Result<Questionnaire>> OpenAsync(Actor actor, int supplierId, int year, DateOnly? deadline = null,
        CancellationToken cancellationToken = default)
    {
        if (Permissions.DbsEditor(actor) is { } forbidden)
        {
            return forbidden;
        }

        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == supplierId, cancellationToken);
        if (supplier is null)
        {
            return new NotFound("Supplier", AuditedSave.Key(supplierId));
        }

        var template = await PublishedTemplate(year, cancellationToken);
        if (template is null)
        {
            return new ValidationFailed("year", $"There is no published questionnaire template for {year}.");
        }

        if (await db.Questionnaires.AnyAsync(q => q.SupplierId == supplierId && q.Year == year, cancellationToken))
        {
            return new AlreadyExists(nameof(Questionnaire), $"{supplier.Name} {year}");
        }

        var questionnaire = new Questionnaire(supplier, template, deadline);
        db.Questionnaires.Add(questionnaire);
        var saved = await db.TrySaveAsync(actor, "OpenQuestionnaire", clock.GetUtcNow(), cancellationToken);
        return saved.To(() => questionnaire);
    }

    /// <summary>
    /// DBS opens the year's round: a questionnaire for every supplier with an active agreement that has none yet.
    /// Returns how many were opened.
    /// </summary>
    public async Task<Result<int>> OpenRoundAsync(Actor actor, int year, DateOnly? deadline = null,
        CancellationToken cancellationToken = default)
    {
        if (Permissions.DbsEditor(actor) is { } forbidden)
        {
            return forbidden;
        }

        var template = await PublishedTemplate(year, cancellationToken);
        if (template is null)
        {
            return new ValidationFailed("year", $"There is no published questionnaire template for {year}.");
        }

        var suppliers = await db.Suppliers
            .Where(s => db.Agreements.Any(a => a.SupplierId == s.Id && a.Status == AgreementStatus.Active))
            .Where(s => !db.Questionnaires.Any(q => q.SupplierId == s.Id && q.Year == year))
            .ToListAsync(cancellationToken);
        db.Questionnaires.AddRange(suppliers.Select(s => new Questionnaire(s, template, deadline)));
        var saved = await db.TrySaveAsync(actor, "OpenQuestionnaireRound", clock.GetUtcNow(), cancellationToken);
        return saved.To(() => suppliers.Count);
    }

    /// <summary>
    /// The questionnaire with its template, answers, attachments and clarifications, if the actor may see it: read as it
    /// is now, not tracked (change it through this service's methods), on the shared published template.
    /// </summary>
    public async Task<Result<Questionnaire>> GetAsync(Actor actor, int questionnaireId, CancellationToken cancellationToken = default)
    {
        var questionnaire = await Read(actor, questionnaireId, cancellationToken);
        return questionnaire is null ? NotFound(questionnaireId) : questionnaire;
    }

    public async Task<Result<QuestionnaireProgress>> GetProgressAsync(Actor actor, int questionnaireId,
        CancellationToken cancellationToken = default)
    {
        var questionnaire = await Read(actor, questionnaireId, cancellationToken);
        if (questionnaire is null)
        {
            return NotFound(questionnaireId);
        }

        var questions = questionnaire.Template.Questions.ToList();
        var missing = questionnaire.MissingRequired();
        var required = questions.Count(q => q.Required);
        return new QuestionnaireProgress(required - missing.Count, required, questions.Count(questionnaire.IsAnswered),
            questions.Count, [.. missing.Select(q => q.Key)]);
    }

    /// <summary>NotStarted → Draft.</summary>
    public Task<Result<Questionnaire>> StartAsync(Actor actor, int questionnaireId, CancellationToken cancellationToken = default) =>
        Change(actor, questionnaireId, null, SupplierStep, "StartQuestionnaire",
            q => q.Start(actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>ReturnedForClarification → Draft.</summary>
    public Task<Result<Questionnaire>> ReopenAsync(Actor actor, int questionnaireId, CancellationToken cancellationToken = default) =>
        Change(actor, questionnaireId, null, SupplierStep, "ReopenQuestionnaire",
            q => q.Reopen(actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>Draft → Submitted, if every required question is answered (each missing one is reported).</summary>
    public Task<Result<Questionnaire>> SubmitAsync(Actor actor, int questionnaireId, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Change(actor, questionnaireId, expectedVersion, SupplierStep, "SubmitQuestionnaire",
            q => q.Submit(actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>Submitted → ReturnedForClarification, with DBS's comment per question.</summary>
    public Task<Result<Questionnaire>> ReturnForClarificationAsync(Actor actor, int questionnaireId,
        IReadOnlyList<ClarificationInput> comments, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Change(actor, questionnaireId, expectedVersion, DbsStep, "ReturnQuestionnaireForClarification",
            q => q.ReturnForClarification(actor, comments, clock.GetUtcNow()), cancellationToken);

    /// <summary>Submitted → Accepted.</summary>
    public Task<Result<Questionnaire>> AcceptAsync(Actor actor, int questionnaireId, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Change(actor, questionnaireId, expectedVersion, DbsStep, "AcceptQuestionnaire",
            q => q.Accept(actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Saves the given answers only, all or nothing. Each carries the version the user edited; a stale one is reported
    /// as a <see cref="ConcurrencyConflict"/> naming the question keys, never overwritten. The first save starts a
    /// not-started questionnaire, and a save on a returned one reopens it.
    /// </summary>
    public async Task<Result<IReadOnlyList<SavedAnswer>>> SaveAnswersAsync(Actor actor, int questionnaireId,
        IReadOnlyList<AnswerInput> answers, CancellationToken cancellationToken = default)
    {
        var keys = answers.Select(a => a.QuestionKey).Distinct(StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var questionnaire = await LoadForAnswers(actor, questionnaireId, keys, cancellationToken);
            if (questionnaire is null)
            {
                return NotFound(questionnaireId);
            }

            if (SupplierStep(actor, questionnaire) is { } forbidden)
            {
                return forbidden;
            }

            var now = clock.GetUtcNow();
            var opened = questionnaire.Status switch
            {
                QuestionnaireStatus.NotStarted => questionnaire.Start(actor, now),
                QuestionnaireStatus.ReturnedForClarification => questionnaire.Reopen(actor, now),
                _ => Result.Success(),
            };
            if (opened.IsFailure)
            {
                return Result<IReadOnlyList<SavedAnswer>>.Failure(opened.Error!);
            }

            var changed = questionnaire.SaveAnswers(actor, answers, now);
            if (changed.IsFailure)
            {
                db.ChangeTracker.Clear();
                return Result<IReadOnlyList<SavedAnswer>>.Failure(changed.Error);
            }

            var saved = await db.TrySaveAsync(actor, "SaveAnswers", now, cancellationToken);
            if (saved.IsSuccess)
            {
                return Result<IReadOnlyList<SavedAnswer>>.Success([.. changed.Value.Select(a =>
                    new SavedAnswer(a.Question.Key, a.Value, a.Explanation, a.Version, a.AnsweredAt))]);
            }

            // Another save of the same questionnaire won the race. The answers' expected versions are checked again on
            // the fresh state, so only a real conflict on the same answers is reported.
            if (attempt == SaveAttempts)
            {
                return Result<IReadOnlyList<SavedAnswer>>.Failure(saved.Error!);
            }
        }
    }

    /// <summary>Records an uploaded file's metadata against a question.</summary>
    public async Task<Result<Attachment>> AddAttachmentAsync(Actor actor, int questionnaireId, AttachmentInput input,
        CancellationToken cancellationToken = default)
    {
        var questionnaire = await Load(actor, questionnaireId, cancellationToken);
        if (questionnaire is null)
        {
            return NotFound(questionnaireId);
        }

        if (SupplierStep(actor, questionnaire) is { } forbidden)
        {
            return forbidden;
        }

        var now = clock.GetUtcNow();
        if (questionnaire.Status == QuestionnaireStatus.NotStarted && questionnaire.Start(actor, now) is { IsFailure: true } notStarted)
        {
            return Result<Attachment>.Failure(notStarted.Error!);
        }

        var attachment = questionnaire.AddAttachment(actor, input, now);
        if (attachment.IsFailure)
        {
            db.ChangeTracker.Clear();
            return attachment;
        }

        var saved = await db.TrySaveAsync(actor, "AddAttachment", now, cancellationToken);
        return saved.To(() => attachment.Value);
    }

    public async Task<Result> RemoveAttachmentAsync(Actor actor, int attachmentId, CancellationToken cancellationToken = default)
    {
        var questionnaireId = await new AccessScope(db, actor).Attachments
            .Where(a => a.Id == attachmentId).Select(a => (int?)a.QuestionnaireId).FirstOrDefaultAsync(cancellationToken);
        var questionnaire = questionnaireId is { } id ? await Load(actor, id, cancellationToken) : null;
        var attachment = questionnaire?.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (questionnaire is null || attachment is null)
        {
            return new NotFound(nameof(Attachment), AuditedSave.Key(attachmentId));
        }

        if (SupplierStep(actor, questionnaire) is { } forbidden)
        {
            return forbidden;
        }

        var now = clock.GetUtcNow();
        var removed = questionnaire.RemoveAttachment(actor, attachment, now);
        if (removed.IsFailure)
        {
            return removed;
        }

        return await db.TrySaveAsync(actor, "RemoveAttachment", now, cancellationToken);
    }

    private static Forbidden? SupplierStep(Actor actor, Questionnaire questionnaire) =>
        Permissions.SupplierEditor(actor, questionnaire.SupplierId);

    private static Forbidden? DbsStep(Actor actor, Questionnaire questionnaire) => Permissions.DbsEditor(actor);

    private async Task<Result<Questionnaire>> Change(Actor actor, int questionnaireId, long? expectedVersion,
        Func<Actor, Questionnaire, Forbidden?> permission, string action, Func<Questionnaire, Result> step,
        CancellationToken cancellationToken) =>
        await db.ApplyAsync(actor, await Load(actor, questionnaireId, cancellationToken), questionnaireId, expectedVersion,
            q => permission(actor, q), step, action, clock.GetUtcNow(), cancellationToken);

    private Task<Questionnaire?> Load(Actor actor, int questionnaireId, CancellationToken cancellationToken) =>
        new AccessScope(db, actor).Questionnaires
            .Include(q => q.Supplier)
            .Include(q => q.Template).ThenInclude(t => t.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(q => q.Answers)
            .Include(q => q.Attachments)
            .Include(q => q.Clarifications)
            .AsSplitQuery()
            .FirstOrDefaultAsync(q => q.Id == questionnaireId, cancellationToken);

    /// <summary>
    /// The questionnaire to answer <paramref name="keys"/>, tracked, in one query: of its template only those questions
    /// (with their options), and only their answers and clarifications. Enough for <see cref="Questionnaire.SaveAnswers"/>
    /// and nothing else; it is not handed out. The answers and clarifications are filtered by the questionnaire as well:
    /// SQLite builds a joined subquery before joining it to the questionnaire, and would otherwise build it from every
    /// questionnaire's answers.
    /// </summary>
    private Task<Questionnaire?> LoadForAnswers(Actor actor, int questionnaireId, IReadOnlyList<string> keys,
        CancellationToken cancellationToken) =>
        new AccessScope(db, actor).Questionnaires
            .Include(q => q.Template).ThenInclude(t => t.Sections)
                .ThenInclude(s => s.Questions.Where(x => keys.Contains(x.Key))).ThenInclude(x => x.Options)
            .Include(q => q.Answers.Where(a => a.QuestionnaireId == questionnaireId && keys.Contains(a.Question.Key)))
            .Include(q => q.Clarifications.Where(c => c.QuestionnaireId == questionnaireId && keys.Contains(c.Question.Key)))
            .AsSingleQuery()
            .FirstOrDefaultAsync(q => q.Id == questionnaireId, cancellationToken);

    /// <summary>The questionnaire to show, not tracked, completed with the shared published template.</summary>
    private async Task<Questionnaire?> Read(Actor actor, int questionnaireId, CancellationToken cancellationToken)
    {
        var questionnaire = await new AccessScope(db, actor).Questionnaires.AsNoTracking()
            .Include(q => q.Supplier)
            .Include(q => q.Answers)
            .Include(q => q.Attachments)
            .Include(q => q.Clarifications)
            .AsSplitQuery()
            .FirstOrDefaultAsync(q => q.Id == questionnaireId, cancellationToken);
        if (questionnaire is null)
        {
            return null;
        }

        var template = await templates.PublishedAsync(db, questionnaire.TemplateId, cancellationToken)
            ?? throw new InvalidOperationException($"Questionnaire {questionnaireId} is on template {questionnaire.TemplateId}, which is not published.");
        questionnaire.ReadWith(template);
        return questionnaire;
    }

    private Task<QuestionnaireTemplate?> PublishedTemplate(int year, CancellationToken cancellationToken) =>
        db.QuestionnaireTemplates
            .Include(t => t.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Year == year && t.PublishedAt != null, cancellationToken);

    private static NotFound NotFound(int questionnaireId) => new(nameof(Questionnaire), AuditedSave.Key(questionnaireId));
}
