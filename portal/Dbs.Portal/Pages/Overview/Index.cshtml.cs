using Dbs.Domain.Access;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Pages.Overview;

/// <summary>The supplier's start page: this year's questionnaire, what it covers, and what awaits the supplier.</summary>
public sealed class IndexModel(DbsDbContext db, QuestionnaireService questionnaires, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public QuestionnaireSummary? Questionnaire { get; private set; }

    public IReadOnlyList<CoveredAgreement> Agreements { get; private set; } = [];

    public int MunicipalityCount { get; private set; }

    public IReadOnlyList<OpenFinding> Findings { get; private set; } = [];

    public IReadOnlyList<AnnouncedSubProcessor> SubProcessorChanges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { OrganisationId: { } supplierId } actor)
        {
            return Challenge();
        }

        var scope = new AccessScope(db, actor);
        var today = DanishTime.DateOf(clock.GetUtcNow());
        Year = today.Year;

        var questionnaire = await scope.Questionnaires
            .Where(q => q.Year == Year)
            .Select(q => new { q.Id, q.Status, q.Deadline, q.SubmittedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (questionnaire is not null)
        {
            var progress = await questionnaires.GetProgressAsync(actor, questionnaire.Id, cancellationToken);
            Questionnaire = new QuestionnaireSummary(questionnaire.Id, questionnaire.Status, questionnaire.Deadline,
                questionnaire.SubmittedAt, progress.Value);
        }

        Agreements = await scope.Agreements.CoveredByQuestionnaireOf(supplierId)
            .OrderBy(a => a.Municipality.Name)
            .Select(a => new CoveredAgreement(a.Municipality.Name, a.ConcludedOn,
                a.Systems.OrderBy(s => s.ItSystem.Name).Select(s => s.ItSystem.Name).ToList()))
            .ToListAsync(cancellationToken);
        MunicipalityCount = Agreements.Select(a => a.Municipality).Distinct().Count();

        Findings = await scope.Findings
            .Where(f => f.Status == FindingStatus.Open)
            .OrderBy(f => f.FollowUpDeadline == null).ThenBy(f => f.FollowUpDeadline).ThenBy(f => f.Severity)
            .Select(f => new OpenFinding(f.Id, f.Kind, f.Severity, f.ClauseReference, f.Text, f.FollowUpDeadline,
                f.Supervision.ItSystem != null ? f.Supervision.ItSystem.Name : null))
            .ToListAsync(cancellationToken);

        SubProcessorChanges = await scope.Engagements
            .Where(e => e.Status == EngagementStatus.Notified && e.ObjectionDeadline >= today)
            .OrderBy(e => e.ObjectionDeadline)
            .Select(e => new AnnouncedSubProcessor(e.SubProcessor.Name, e.SubProcessor.CountryCode, e.SubProcessor.ServiceDescription,
                e.NoticeGivenOn, e.ObjectionDeadline,
                e.ObjectionWindows.Count(w => w.Status == ObjectionWindowStatus.Open),
                e.ObjectionWindows.Count(w => w.Status == ObjectionWindowStatus.Objected)))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record QuestionnaireSummary(int Id, QuestionnaireStatus Status, DateOnly? Deadline, DateTimeOffset? SubmittedAt,
        QuestionnaireProgress Progress);

    public sealed record CoveredAgreement(string Municipality, DateOnly? ConcludedOn, IReadOnlyList<string> Systems);

    public sealed record OpenFinding(int Id, FindingKind Kind, FindingSeverity Severity, string? Clause, string Text, DateOnly? Deadline,
        string? System);

    public sealed record AnnouncedSubProcessor(string Name, string CountryCode, string Service, DateOnly NoticeGivenOn,
        DateOnly ObjectionDeadline, int OpenWindows, int Objections);
}
