using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Pages.SubProcessors;

/// <summary>The supplier's sub-processor register (appendix B): current ones first, ended and withdrawn ones after.</summary>
public sealed class IndexModel(DbsDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Entry> Current { get; private set; } = [];

    public IReadOnlyList<Entry> Former { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { } actor)
        {
            return Challenge();
        }

        Today = DanishTime.DateOf(clock.GetUtcNow());
        var entries = await Register(new AccessScope(db, actor).Engagements).ToListAsync(cancellationToken);
        Current = [.. entries.Where(e => e.Status is EngagementStatus.Notified or EngagementStatus.Active)];
        Former = [.. entries.Where(e => e.Status is EngagementStatus.Ended or EngagementStatus.Withdrawn)];
        return Page();
    }

    /// <summary>The register's rows, by name and start.</summary>
    internal static IQueryable<Entry> Register(IQueryable<SubProcessorEngagement> engagements) =>
        engagements
            .OrderBy(e => e.SubProcessor.Name).ThenBy(e => e.From)
            .Select(e => new Entry(e.Id, e.Version, e.SubProcessor.Name, e.SubProcessor.Cvr, e.SubProcessor.ForeignRegistrationId,
                e.SubProcessor.CountryCode, e.SubProcessor.ServiceDescription, e.SubProcessor.TransferBasis,
                e.Systems.OrderBy(s => s.ItSystem.Name).Select(s => s.ItSystem.Name).ToList(),
                e.From, e.To, e.Status, e.NoticeGivenOn, e.ObjectionDeadline,
                e.ObjectionWindows.Count(),
                e.ObjectionWindows.Count(w => w.Status == ObjectionWindowStatus.Objected)));

    /// <summary>One engagement as the register shows it.</summary>
    public sealed record Entry(int Id, long Version, string Name, string? Cvr, string? ForeignRegistrationId, string CountryCode,
        string Service, TransferBasis TransferBasis, IReadOnlyList<string> Systems, DateOnly From, DateOnly? To,
        EngagementStatus Status, DateOnly NoticeGivenOn, DateOnly ObjectionDeadline, int NotifiedMunicipalities, int Objections)
    {
        public bool IsInThirdCountry => !Countries.IsInEea(CountryCode);
    }
}
