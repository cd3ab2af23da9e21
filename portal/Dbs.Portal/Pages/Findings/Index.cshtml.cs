using Dbs.Domain.Access;
using Dbs.Domain.Findings;
using Dbs.Domain.Persistence;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Pages.Findings;

/// <summary>The supplier's findings from released supervision reports: those awaiting a response first, by deadline.</summary>
public sealed class IndexModel(DbsDbContext db) : PageModel
{
    public IReadOnlyList<FindingRow> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { } actor)
        {
            return Challenge();
        }

        // AccessScope shows a supplier only the findings of released (or closed) reports.
        Findings = await new AccessScope(db, actor).Findings
            .OrderBy(f => f.Status).ThenBy(f => f.FollowUpDeadline == null).ThenBy(f => f.FollowUpDeadline).ThenBy(f => f.Severity)
            .ThenBy(f => f.Id)
            .Select(f => new FindingRow(f.Id, f.Kind, f.Severity, f.ClauseReference, f.Text, f.FollowUpDeadline, f.Status,
                f.Supervision.ItSystem != null ? f.Supervision.ItSystem.Name : null))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record FindingRow(int Id, FindingKind Kind, FindingSeverity Severity, string? Clause, string Text,
        DateOnly? Deadline, FindingStatus Status, string? System);
}
