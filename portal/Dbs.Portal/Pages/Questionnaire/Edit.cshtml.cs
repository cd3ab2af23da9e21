using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Dbs.Portal.Evidence;
using Dbs.Portal.SignIn;
using Dbs.Portal.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using QuestionnaireEntity = Dbs.Domain.Questionnaires.Questionnaire;

namespace Dbs.Portal.Pages.Questionnaire;

/// <summary>
/// This year's questionnaire as one plain form: every submit button saves the changed answers first (no script
/// needed), each with the version it was edited from, so a conflicting save is shown instead of overwriting, and what
/// the user typed stays in the form. Files chosen for the evidence questions are uploaded by the same posts, so the form
/// is multipart and choosing a file never costs the answers typed around it.
/// </summary>
public sealed class EditModel(DbsDbContext db, QuestionnaireService questionnaires, ThisYearsQuestionnaire thisYear,
    EvidenceStore evidence, IStringLocalizer<Texts> texts, Labels labels) : PageModel
{
    /// <summary>The name prefix of a file question's file field; the question key follows.</summary>
    public const string UploadPrefix = "Upload.";

    /// <summary>The query parameter that tells the questionnaire its last post was refused as too large.</summary>
    public const string TooLargeParameter = "forStor";

    [BindProperty]
    public List<AnswerField> Answers { get; set; } = [];

    public QuestionnaireEntity? Questionnaire { get; private set; }

    public IReadOnlyList<SectionView> Sections { get; private set; } = [];

    /// <summary>Problems to list in the error summary, each linking to its question's field.</summary>
    public List<FieldProblem> Problems { get; } = [];

    /// <summary>Answers someone else saved since this user loaded them, by question key.</summary>
    public Dictionary<string, Answer> Conflicts { get; } = [];

    [TempData]
    public string? Saved { get; set; }

    /// <summary>The user's last post was lost because their session had expired.</summary>
    public bool LostPost { get; private set; }

    /// <summary>The user's last post was refused unread because it was far over the file size limit.</summary>
    public bool TooLargePost { get; private set; }

    public long MaxFileBytes => evidence.MaxFileBytes;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = PortalAuthentication.LostPostParameter)] bool lostPost,
        [FromQuery(Name = TooLargeParameter)] bool tooLarge, CancellationToken cancellationToken)
    {
        LostPost = lostPost;
        TooLargePost = tooLarge;
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (!Questionnaire!.IsEditable)
        {
            return RedirectToPage("Receipt");
        }

        Answers = [.. Sections.SelectMany(s => s.Questions).Select(q => AnswerField.From(q.Key, Questionnaire.AnswerTo(q.Question)))];
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        SaveAndUploadAsync(texts["Dine svar er gemt."], cancellationToken);

    /// <summary>A file question's button: uploads the chosen files and saves the answers with them.</summary>
    public Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken) =>
        SaveAndUploadAsync(texts["Dine svar er gemt."], cancellationToken);

    /// <summary>Removes an attachment, saving the answers posted with the button first.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int attachmentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var answersSaved = await SaveChangedAsync(cancellationToken);
        await UploadFilesAsync(cancellationToken);
        var actor = User.ToActor()!;
        var attachment = Questionnaire!.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is not null)
        {
            var (fileName, storageKey) = (attachment.FileName, attachment.StorageKey);
            await ReopenIfReturnedAsync(actor, cancellationToken);
            var removed = await questionnaires.RemoveAttachmentAsync(actor, attachmentId, cancellationToken);
            if (removed.IsSuccess)
            {
                evidence.Delete(storageKey);
                Saved = texts["”{0}” er fjernet.", fileName];
            }
            else
            {
                Problems.Add(new FieldProblem("skema", texts["”{0}” kunne ikke fjernes. {1}", fileName, Explain(removed.Error!)]));
            }
        }

        if (!answersSaved || Problems.Count > 0)
        {
            Saved = null;
            return await ShowAgainAsync(answersSaved, cancellationToken);
        }

        Saved ??= texts["Dine svar er gemt."];
        return RedirectToPage();
    }

    private async Task<IActionResult> SaveAndUploadAsync(string message, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var answersSaved = await SaveChangedAsync(cancellationToken);
        var uploaded = await UploadFilesAsync(cancellationToken);
        if (!answersSaved || Problems.Count > 0)
        {
            return await ShowAgainAsync(answersSaved, cancellationToken);
        }

        Saved = uploaded.Count switch
        {
            0 => message,
            1 => texts["”{0}” er vedhæftet.", uploaded[0]] + " " + message,
            _ => texts["{0} filer er vedhæftet.", uploaded.Count] + " " + message,
        };
        return RedirectToPage();
    }

    /// <summary>
    /// The form again with its problems and the attachments as they are now. Saved answers are shown as stored (with
    /// their new versions); answers that could not be saved stay as the user typed them.
    /// </summary>
    private async Task<IActionResult> ShowAgainAsync(bool answersSaved, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        if (answersSaved)
        {
            Answers = [.. Questions.Select(q => AnswerField.From(q.Key, Questionnaire!.AnswerTo(q.Question)))];
        }

        ModelState.Clear();
        return Page();
    }

    /// <summary>
    /// Stores every file chosen in the form and attaches it to its question; each refused file is reported against
    /// its field. Returns the names of the attached files.
    /// </summary>
    private async Task<List<string>> UploadFilesAsync(CancellationToken cancellationToken)
    {
        var attached = new List<string>();
        if (!Request.HasFormContentType)
        {
            return attached;
        }

        var actor = User.ToActor()!;
        foreach (var file in Request.Form.Files.Where(f => f.Name.StartsWith(UploadPrefix, StringComparison.Ordinal)))
        {
            if (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            {
                continue; // a file field left empty
            }

            var key = file.Name[UploadPrefix.Length..];
            var fileName = Path.GetFileName(file.FileName.Trim());
            fileName = fileName.Length == 0 ? "fil.pdf" : fileName[..Math.Min(fileName.Length, 200)];
            if (Questions.FirstOrDefault(q => q.Key == key && q.Question.Kind == QuestionKind.File) is not { } question)
            {
                continue;
            }

            if (!question.Editable)
            {
                Problems.Add(new FieldProblem(question.UploadFieldId, texts["”{0}” kan ikke vedhæftes: spørgsmålet kan ikke ændres nu.", fileName], key));
                continue;
            }

            await using var content = file.OpenReadStream();
            var (stored, rejection) = await evidence.SaveAsync(content, cancellationToken);
            if (stored is null)
            {
                Problems.Add(new FieldProblem(question.UploadFieldId, rejection switch
                {
                    EvidenceRejection.TooLarge => texts["”{0}” er større end {1}. Vedhæft en mindre fil, fx erklæringen uden bilag.", fileName, labels.Megabytes(evidence.MaxFileBytes)],
                    EvidenceRejection.Empty => texts["”{0}” er tom. Vælg filen med erklæringen igen.", fileName],
                    _ => texts["”{0}” er ikke en PDF-fil. Vedhæft erklæringen som PDF.", fileName],
                }, key));
                continue;
            }

            await ReopenIfReturnedAsync(actor, cancellationToken);
            var added = await questionnaires.AddAttachmentAsync(actor, Questionnaire!.Id,
                new AttachmentInput(key, fileName, "application/pdf", stored.SizeBytes, stored.Sha256, stored.StorageKey), cancellationToken);
            if (added.IsFailure)
            {
                evidence.Delete(stored.StorageKey);
                Problems.Add(new FieldProblem(question.UploadFieldId, texts["”{0}” kunne ikke vedhæftes. {1}", fileName, Explain(added.Error)], key));
                continue;
            }

            attached.Add(fileName);
        }

        return attached;
    }

    /// <summary>A questionnaire DBS returned goes back to draft with the supplier's first change (as saving answers does).</summary>
    private async Task ReopenIfReturnedAsync(Dbs.Domain.Common.Actor actor, CancellationToken cancellationToken)
    {
        var current = await questionnaires.GetAsync(actor, Questionnaire!.Id, cancellationToken);
        if (current.IsSuccess && current.Value.Status == QuestionnaireStatus.ReturnedForClarification)
        {
            await questionnaires.ReopenAsync(actor, Questionnaire.Id, cancellationToken);
        }
    }

    private string Explain(DomainError error) => error.Code switch
    {
        "INVALID_TRANSITION" => texts["Skemaet kan ikke ændres nu. Det er måske allerede indsendt."],
        "FORBIDDEN" => texts["Du har ikke adgang til at ændre skemaet."],
        "CONCURRENCY_CONFLICT" => texts["Skemaet blev ændret samtidig af en anden. Prøv igen."],
        _ => texts["Prøv igen."],
    };

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var answersSaved = await SaveChangedAsync(cancellationToken);
        await UploadFilesAsync(cancellationToken);
        if (!answersSaved || Problems.Count > 0)
        {
            return await ShowAgainAsync(answersSaved, cancellationToken);
        }

        var actor = User.ToActor()!;
        var id = Questionnaire!.Id;
        var current = await questionnaires.GetAsync(actor, id, cancellationToken);
        if (current.IsSuccess && current.Value.Status == QuestionnaireStatus.ReturnedForClarification)
        {
            // Nothing was changed after DBS's return: submitting again takes the questionnaire back to draft first.
            await questionnaires.ReopenAsync(actor, id, cancellationToken);
        }

        var submitted = await questionnaires.SubmitAsync(actor, id, cancellationToken: cancellationToken);
        if (submitted.IsSuccess)
        {
            return RedirectToPage("Receipt");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        Answers = [.. Sections.SelectMany(s => s.Questions).Select(q => AnswerField.From(q.Key, Questionnaire!.AnswerTo(q.Question)))];
        Report(submitted.Error, "{0} skal besvares, før skemaet kan indsendes.");
        return Page();
    }

    /// <summary>
    /// The script's autosave: the changed answers in the form's field names, answered with JSON (the new versions, or
    /// the other answers on a conflict), so the form's hidden versions stay current.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { } actor)
        {
            return StatusCode(StatusCodes.Status401Unauthorized);
        }

        // Only the id: the service loads just the answers it changes; the whole form is read only to report a problem.
        if (await thisYear.IdAsync(actor, cancellationToken) is not { } id)
        {
            return StatusCode(StatusCodes.Status401Unauthorized);
        }

        var changed = Answers.Where(a => a.IsChanged).Select(a => a.ToInput()).ToList();
        if (changed.Count == 0)
        {
            return new JsonResult(new AutosaveResult([], []));
        }

        var saved = await questionnaires.SaveAnswersAsync(actor, id, changed, cancellationToken);
        if (saved.IsSuccess)
        {
            return new JsonResult(new AutosaveResult([.. saved.Value.Select(a => new AutosavedAnswer(a.QuestionKey, a.Value, a.Explanation, a.Version))], []));
        }

        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        if (saved.Error is ConcurrencyConflict conflict)
        {
            var conflicts = conflict.Fields
                .Select(key => Questions.FirstOrDefault(q => q.Key == key) is { } q ? Questionnaire!.AnswerTo(q.Question) : null)
                .OfType<Answer>()
                .Select(a => new AutosaveProblem(a.Question.Key,
                    texts["{0} har ændret svaret, mens du skrev. Dit svar er ikke gemt: tryk ”Gem kladde” for at se begge svar.", a.AnsweredByName]))
                .ToList();
            return new JsonResult(new AutosaveResult([], conflicts)) { StatusCode = StatusCodes.Status409Conflict };
        }

        var problems = saved.Error is ValidationFailed validation
            ? validation.Errors.Select(e => new AutosaveProblem(e.Field, texts["Svaret kunne ikke gemmes. Tjek, at det er udfyldt rigtigt."])).ToList()
            : [new AutosaveProblem("", texts["Skemaet kan ikke gemmes lige nu."])];
        return new JsonResult(new AutosaveResult([], problems)) { StatusCode = StatusCodes.Status400BadRequest };
    }

    /// <summary>Saves the answers that differ from what the form was loaded with; false when the form must be shown again.</summary>
    private async Task<bool> SaveChangedAsync(CancellationToken cancellationToken)
    {
        var changed = Answers.Where(a => a.IsChanged).Select(a => a.ToInput()).ToList();
        if (changed.Count == 0)
        {
            return true;
        }

        var saved = await questionnaires.SaveAnswersAsync(User.ToActor()!, Questionnaire!.Id, changed, cancellationToken);
        if (saved.IsSuccess)
        {
            return true;
        }

        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        if (saved.Error is ConcurrencyConflict conflict)
        {
            foreach (var key in conflict.Fields)
            {
                if (Questions.FirstOrDefault(q => q.Key == key) is { } question && Questionnaire!.AnswerTo(question.Question) is { } theirs)
                {
                    Conflicts[key] = theirs;
                    // Saving again overwrites deliberately: the user has now seen the other answer.
                    var field = Answers.First(a => a.Key == key);
                    field.Version = theirs.Version;
                    field.OriginalValue = theirs.Value;
                    field.OriginalExplanation = theirs.Explanation;
                    Problems.Add(new FieldProblem(question.FieldId,
                        texts["{0} – svaret er ændret af {1}, mens du skrev. Dit svar er ikke gemt endnu.", question.Question.Text, theirs.AnsweredByName]));
                }
            }
        }
        else
        {
            Report(saved.Error, "{0} kunne ikke gemmes.");
        }

        ModelState.Clear();
        return false;
    }

    /// <summary>Lists the error's questions, each in <paramref name="message"/> (a text key with the question as {0}).</summary>
    private void Report(DomainError error, string message)
    {
        var fields = error is ValidationFailed validation ? validation.Errors.Select(e => e.Field).Distinct() : [];
        foreach (var key in fields)
        {
            if (Questions.FirstOrDefault(q => q.Key == key) is { } question)
            {
                Problems.Add(new FieldProblem(question.FieldId, texts[message, question.Question.Text], question.Key));
            }
        }

        if (Problems.Count == 0)
        {
            Problems.Add(new FieldProblem("skema", error.Code switch
            {
                "INVALID_TRANSITION" => texts["Skemaet kan ikke ændres nu. Det er måske allerede indsendt."],
                "FORBIDDEN" => texts["Du har ikke adgang til at ændre skemaet."],
                _ => texts["Skemaet kunne ikke gemmes. Prøv igen."],
            }));
        }
    }

    private IEnumerable<QuestionView> Questions => Sections.SelectMany(s => s.Questions);

    /// <summary>Loads this year's questionnaire of the signed-in supplier; a result when there is none to show.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { } actor)
        {
            return Challenge();
        }

        if (await thisYear.LoadAsync(actor, cancellationToken) is not { } questionnaire)
        {
            return RedirectToPage("/Overview/Index");
        }

        Questionnaire = questionnaire;
        var index = 0;
        Sections = [.. questionnaire.Template.Sections.OrderBy(s => s.Order).Select(s => new SectionView(s.Title, s.Description,
            [.. s.Questions.OrderBy(q => q.Order).Select(q => new QuestionView(index++, q,
                questionnaire.IsEditable && questionnaire.IsQuestionEditable(q),
                questionnaire.OpenClarifications.FirstOrDefault(c => c.QuestionId == q.Id)?.Comment,
                [.. questionnaire.Attachments.Where(a => a.QuestionId == q.Id).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)]))]))];
        return null;
    }

    /// <summary>One answer as posted: the value, the explanation, and the state it was edited from.</summary>
    public sealed class AnswerField
    {
        public string Key { get; set; } = "";

        public string? Value { get; set; }

        public string? Explanation { get; set; }

        /// <summary>The answer's version when the form was loaded (0: no answer yet).</summary>
        public long Version { get; set; }

        public string? OriginalValue { get; set; }

        public string? OriginalExplanation { get; set; }

        public bool IsChanged => Normalize(Value) != Normalize(OriginalValue) || Normalize(Explanation) != Normalize(OriginalExplanation);

        public AnswerInput ToInput() => new(Key, Value, Explanation, Version);

        public static AnswerField From(string key, Answer? answer) => new()
        {
            Key = key,
            Value = answer?.Value,
            Explanation = answer?.Explanation,
            Version = answer?.Version ?? 0,
            OriginalValue = answer?.Value,
            OriginalExplanation = answer?.Explanation,
        };

        private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");
    }

    public sealed record SectionView(string Title, string? Description, IReadOnlyList<QuestionView> Questions);

    public sealed record QuestionView(int Index, Question Question, bool Editable, string? Clarification,
        IReadOnlyList<Attachment> Attachments)
    {
        public string Key => Question.Key;

        /// <summary>The id of the question's first field, which the error summary links to.</summary>
        public string FieldId => "svar-" + Key.Replace('.', '-');

        /// <summary>The id of a file question's file field.</summary>
        public string UploadFieldId => FieldId + "-fil";
    }

    public sealed record AutosaveResult(IReadOnlyList<AutosavedAnswer> Saved, IReadOnlyList<AutosaveProblem> Problems);

    public sealed record AutosavedAnswer(string Key, string? Value, string? Explanation, long Version);

    public sealed record AutosaveProblem(string Key, string Message);

    public sealed record FieldProblem(string FieldId, string Message, string? Key = null);
}
