using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QuestionnaireEntity = Dbs.Domain.Questionnaires.Questionnaire;

namespace Dbs.Portal.Pages.Questionnaire;

/// <summary>The read-only receipt of a submitted questionnaire, with every answer: printable as the supplier's record.</summary>
public sealed class ReceiptModel(ThisYearsQuestionnaire thisYear) : PageModel
{
    public QuestionnaireEntity Questionnaire { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
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
        return Questionnaire.SubmittedAt is null || Questionnaire.IsEditable ? RedirectToPage("Edit") : Page();
    }
}
