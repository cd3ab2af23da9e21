using Dbs.Api.Features.Errors;
using Dbs.Api.GraphQL;
using Dbs.Domain.Access;
using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Persistence;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Supervisions;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Dashboards;

/// <summary>
/// <c>Query.dashboard</c> and <c>Municipality.dashboard</c>. Who may read: DBS staff any municipality's, a municipality
/// its own, nobody else (suppliers are refused: the figures are about the municipality's own agreements and decisions).
/// The figures are counted through the municipality's own <see cref="AccessScope"/> (so DBS and the municipality see the
/// same numbers, and nothing the municipality could not see itself is counted): a few GROUP BY/COUNT statements per
/// dashboard.
/// </summary>
public sealed class DashboardQueries
{
    public async Task<MunicipalityDashboard?> DashboardAsync(string municipalityId, RequestData data, DbsDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("Municipality", municipalityId) is not { } id)
        {
            throw NotAuthorized();
        }

        return await ForAsync(id, data, db, clock, cancellationToken);
    }

    /// <summary>The dashboard of <paramref name="municipalityId"/>, or a field error for a caller who may not read it.</summary>
    internal static async Task<MunicipalityDashboard?> ForAsync(int municipalityId, RequestData data, DbsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (data.Actor is not { } actor || !(actor.IsDbs || actor.IsMunicipality(municipalityId)))
        {
            throw NotAuthorized();
        }

        return await data.ReadAsync(async (scope, ct) =>
        {
            var municipality = await scope.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == municipalityId, ct);
            return municipality is null ? null : await CountAsync(municipality, db, DanishTime.DateOf(clock.GetUtcNow()), ct);
        }, cancellationToken);
    }

    private static async Task<MunicipalityDashboard> CountAsync(Municipality municipality, DbsDbContext db, DateOnly today,
        CancellationToken ct)
    {
        var view = new AccessScope(db, Actor.ForMunicipality(municipality.Id, "dashboard", municipality.Name, Role.Reader));
        var agreements = await view.Agreements.GroupBy(a => a.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var supervisions = await view.Supervisions.GroupBy(s => s.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var open = view.Findings.Where(f => f.Status == FindingStatus.Open || f.Status == FindingStatus.Responded);
        var findings = await open.GroupBy(f => f.Severity)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var overdue = await open.CountAsync(f => f.FollowUpDeadline < today, ct);
        var exposed = await view.Agreements.Where(a => a.Status == AgreementStatus.Active).ExposedToThirdCountries().CountAsync(ct);
        var acknowledgements = await view.Acknowledgements.GroupBy(a => a.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var windows = await view.ObjectionWindows.CountAsync(w => w.Status == ObjectionWindowStatus.Open
            && w.Deadline >= today && w.Engagement.Status == EngagementStatus.Notified, ct);
        return new MunicipalityDashboard(municipality,
            [.. Enum.GetValues<AgreementStatus>().Select(s => new StatusCount<AgreementStatus>(s, agreements.GetValueOrDefault(s)))],
            [.. Enum.GetValues<SupervisionStatus>().Select(s => new StatusCount<SupervisionStatus>(s, supervisions.GetValueOrDefault(s)))],
            [.. Enum.GetValues<FindingSeverity>().Select(s => new SeverityCount(s, findings.GetValueOrDefault(s)))],
            overdue,
            exposed,
            [.. Enum.GetValues<AcknowledgementStatus>().Select(s => new StatusCount<AcknowledgementStatus>(s, acknowledgements.GetValueOrDefault(s)))],
            acknowledgements.GetValueOrDefault(AcknowledgementStatus.Pending),
            windows);
    }

    private static GraphQLError NotAuthorized() =>
        new("The current user is not authorized to access this resource.",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotAuthorized });
}
