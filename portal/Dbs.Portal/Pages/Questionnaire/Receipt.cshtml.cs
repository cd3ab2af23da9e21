using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QuestionnaireEntity = Dbs.Domain.Questionnaires.Questionnaire;

namespace Dbs.Portal.Pages.Questionnaire;

/// <summary>The read-only receipt of a submitted questionnaire, with every answer: printable as the supplier's record.</summary>
public sealed class ReceiptModel(DbsDbContext db, QuestionnaireService questionnaires, TimeProvider clock) : PageModel
{
    public QuestionnaireEntity Questionnaire { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { } actor)
        {
            return Challenge();
        }

        var year = DanishTime.DateOf(clock.GetUtcNow()).Year;
        var id = await new AccessScope(db, actor).Questionnaires.Where(q => q.Year == year).Select(q => (int?)q.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var loaded = id is { } found ? await questionnaires.GetAsync(actor, found, cancellationToken) : default;
        if (id is null || loaded.IsFailure)
        {
            return RedirectToPage("/Overview/Index");
        }

        Questionnaire = loaded.Value;
        return Questionnaire.SubmittedAt is null || Questionnaire.IsEditable ? RedirectToPage("Edit") : Page();
    }
}
