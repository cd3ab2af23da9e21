using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.Persistence;
using Dbs.Portal.SignIn;
using Dbs.Portal.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dbs.Portal.Pages.Findings;

/// <summary>
/// One finding: what DBS found, its history, and the supplier's response (a remediation plan and the date it will be
/// done), sent with the version it was read at so a colleague's response in the meantime is shown, not overwritten.
/// </summary>
public sealed class DetailsModel(DbsDbContext db, FindingService findings, IStringLocalizer<Texts> texts) : PageModel
{
    public const string ResponseFieldId = "svar";
    public const string PlannedDateFieldId = "planlagt-dato";

    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    public Finding Finding { get; private set; } = null!;

    /// <summary>Problems for the error summary, each linking to its field.</summary>
    public List<FieldProblem> Problems { get; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        Input = new ResponseInput { Version = Finding.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (ModelState.GetFieldValidationState($"{nameof(Input)}.{nameof(ResponseInput.PlannedRemediationOn)}") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            Problems.Add(new FieldProblem(PlannedDateFieldId, texts["Skriv den planlagte dato som dag, måned og år."]));
            return Page();
        }

        var responded = await findings.RespondAsync(User.ToActor()!, id, Input.Response ?? "", Input.PlannedRemediationOn,
            Input.Version, cancellationToken);
        if (responded.IsSuccess)
        {
            Saved = texts["Jeres svar er sendt til DBS."];
            return RedirectToPage(new { id });
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        switch (responded.Error)
        {
            case ValidationFailed:
                Problems.Add(new FieldProblem(ResponseFieldId, texts["Beskriv, hvordan fundet er eller bliver udbedret."]));
                break;
            case ConcurrencyConflict:
                // Sending again answers the finding as it is now: the user has seen the change.
                ModelState.Remove($"{nameof(Input)}.{nameof(ResponseInput.Version)}");
                Input.Version = Finding.Version;
                Problems.Add(new FieldProblem(ResponseFieldId,
                    texts["Fundet er ændret, mens du skrev. Dit svar er ikke sendt: se fundet, som det er nu, herunder."]));
                break;
            case Forbidden:
                Problems.Add(new FieldProblem(ResponseFieldId, texts["Du har ikke adgang til at besvare fund for jeres virksomhed."]));
                break;
            default:
                Problems.Add(new FieldProblem(ResponseFieldId, texts["Fundet kan ikke besvares nu. Det er måske allerede besvaret."]));
                break;
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { } actor)
        {
            return Challenge();
        }

        // Through AccessScope: a finding of another supplier, or of an unreleased report, is simply not found.
        var finding = await new AccessScope(db, actor).Findings
            .Include(f => f.Supervision).ThenInclude(s => s.ItSystem)
            .Include(f => f.History)
            .AsNoTracking()
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (finding is null)
        {
            return NotFound();
        }

        Finding = finding;
        return null;
    }

    /// <summary>The supplier's response as posted.</summary>
    public sealed class ResponseInput
    {
        public string? Response { get; set; }

        public DateOnly? PlannedRemediationOn { get; set; }

        /// <summary>The finding's version when the form was loaded.</summary>
        public long Version { get; set; }
    }

    public sealed record FieldProblem(string FieldId, string Message);
}
