using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.SignIn;
using Dbs.Portal.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dbs.Portal.Pages.SubProcessors;

/// <summary>
/// Ends an active sub-processor on a date, or withdraws an announced one before it starts; both with the version the
/// user saw, so a change made meanwhile by someone else is shown instead of overridden.
/// </summary>
public sealed class EndModel(DbsDbContext db, SubProcessorService subProcessors, TimeProvider clock, Labels labels,
    IStringLocalizer<Texts> texts) : PageModel
{
    public IndexModel.Entry? Entry { get; private set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    public List<FormProblem> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        Version = Entry!.Version;
        To = DanishTime.DateOf(clock.GetUtcNow());
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (To is not { } to)
        {
            Problems.Add(new("til", texts["Skriv den sidste dag, underdatabehandleren behandler oplysninger for jer."]));
            return Page();
        }

        var ended = await subProcessors.EndAsync(User.ToActor()!, id, to, Version, cancellationToken);
        return await DoneAsync(id, ended, texts["{0} er afsluttet pr. {1}.", Entry!.Name, labels.Date(to)], cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var withdrawn = await subProcessors.WithdrawAsync(User.ToActor()!, id, Version, cancellationToken);
        return await DoneAsync(id, withdrawn, texts["Varslingen af {0} er trukket tilbage.", Entry!.Name], cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(int id, Result<SubProcessorEngagement> result, string notice,
        CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData[nameof(IndexModel.Notice)] = notice;
            return RedirectToPage("Index");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        var fieldId = Entry!.Status switch
        {
            EngagementStatus.Active => "til",
            EngagementStatus.Notified => "traek-tilbage",
            _ => "status",
        };
        Problems.Add(new(fieldId, result.Error switch
        {
            ConcurrencyConflict => texts["En anden har ændret underdatabehandleren, siden du åbnede siden. Se oplysningerne, som de er nu, og prøv igen."],
            ValidationFailed => texts["Den sidste dag kan ikke ligge før startdatoen, {0}.", labels.Date(Entry.From)],
            InvalidTransition => texts["Underdatabehandleren er {0} og kan ikke ændres sådan nu.", labels.Of(Entry.Status).ToLowerInvariant()],
            _ => texts["Ændringen kunne ikke gemmes. Prøv igen."],
        }));
        if (result.Error is ConcurrencyConflict or InvalidTransition)
        {
            // The user has now seen the current state: the next try is made against it.
            ModelState.Remove(nameof(Version));
            Version = Entry.Version;
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { } actor)
        {
            return Challenge();
        }

        Entry = await IndexModel.Register(new AccessScope(db, actor).Engagements.Where(e => e.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return Entry is null ? NotFound() : null;
    }
}
