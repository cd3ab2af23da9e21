using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Acknowledgements;

/// <summary>A member municipality acknowledges a released report: approves it, or asks for follow-up. Audited.</summary>
public sealed class AcknowledgementService(DbsDbContext db, TimeProvider clock)
{
    public Task<Result<ReportAcknowledgement>> ApproveAsync(Actor actor, int acknowledgementId, string? comment = null,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Step(actor, acknowledgementId, expectedVersion, "ApproveReport",
            a => a.Approve(actor, comment, clock.GetUtcNow()), cancellationToken);

    public Task<Result<ReportAcknowledgement>> RequestFollowUpAsync(Actor actor, int acknowledgementId, string comment,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Step(actor, acknowledgementId, expectedVersion, "RequestReportFollowUp",
            a => a.RequestFollowUp(actor, comment, clock.GetUtcNow()), cancellationToken);

    private async Task<Result<ReportAcknowledgement>> Step(Actor actor, int acknowledgementId, long? expectedVersion,
        string action, Func<ReportAcknowledgement, Result> step, CancellationToken cancellationToken)
    {
        var acknowledgement = await new AccessScope(db, actor).Acknowledgements
            .Include(a => a.Supervision)
            .FirstOrDefaultAsync(a => a.Id == acknowledgementId, cancellationToken);
        return await db.ApplyAsync(actor, acknowledgement, acknowledgementId, expectedVersion,
            a => Permissions.MunicipalityEditor(actor, a.MunicipalityId), step, action, clock.GetUtcNow(), cancellationToken);
    }
}
