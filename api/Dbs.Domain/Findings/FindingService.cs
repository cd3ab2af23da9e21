using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Findings;

/// <summary>
/// Findings: DBS records and edits them while writing the report; after release the supplier responds and DBS
/// resolves, reopens or accepts the risk. Every change is audited, with the finding's own history.
/// </summary>
public sealed class FindingService(DbsDbContext db, TimeProvider clock)
{
    public async Task<Result<Finding>> RecordAsync(Actor actor, int supervisionId, FindingInput input,
        CancellationToken cancellationToken = default)
    {
        if (Permissions.DbsEditor(actor) is { } forbidden)
        {
            return forbidden;
        }

        var supervision = await db.Supervisions.FirstOrDefaultAsync(s => s.Id == supervisionId, cancellationToken);
        if (supervision is null)
        {
            return new NotFound("Supervision", AuditedSave.Key(supervisionId));
        }

        var now = clock.GetUtcNow();
        var finding = Finding.Record(supervision, input, actor, now);
        if (finding.IsFailure)
        {
            return finding;
        }

        db.Findings.Add(finding.Value);
        var saved = await db.TrySaveAsync(actor, "RecordFinding", now, cancellationToken);
        return saved.To(() => finding.Value);
    }

    public Task<Result<Finding>> UpdateAsync(Actor actor, int findingId, FindingInput input, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, findingId, expectedVersion, DbsOnly(actor), "UpdateFinding",
            f => f.Update(input, actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>The supplier responds with its remediation and the date it plans to have it done.</summary>
    public Task<Result<Finding>> RespondAsync(Actor actor, int findingId, string response, DateOnly? plannedRemediationOn,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Step(actor, findingId, expectedVersion, f => Permissions.SupplierEditor(actor, f.Supervision.SupplierId),
            "RespondToFinding", f => f.Respond(actor, response, plannedRemediationOn, clock.GetUtcNow()), cancellationToken);

    public Task<Result<Finding>> ResolveAsync(Actor actor, int findingId, string? note = null, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, findingId, expectedVersion, DbsOnly(actor), "ResolveFinding",
            f => f.Resolve(actor, note, clock.GetUtcNow()), cancellationToken);

    public Task<Result<Finding>> ReopenAsync(Actor actor, int findingId, string comment, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, findingId, expectedVersion, DbsOnly(actor), "ReopenFinding",
            f => f.Reopen(actor, comment, clock.GetUtcNow()), cancellationToken);

    public Task<Result<Finding>> AcceptRiskAsync(Actor actor, int findingId, string reason, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, findingId, expectedVersion, DbsOnly(actor), "AcceptFindingRisk",
            f => f.AcceptRisk(actor, reason, clock.GetUtcNow()), cancellationToken);

    private static Func<Finding, Forbidden?> DbsOnly(Actor actor) => _ => Permissions.DbsEditor(actor);

    private async Task<Result<Finding>> Step(Actor actor, int findingId, long? expectedVersion, Func<Finding, Forbidden?> permission,
        string action, Func<Finding, Result> step, CancellationToken cancellationToken)
    {
        var finding = await new AccessScope(db, actor).Findings
            .Include(f => f.Supervision)
            .Include(f => f.History)
            .FirstOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        return await db.ApplyAsync(actor, finding, findingId, expectedVersion, permission, step, action, clock.GetUtcNow(),
            cancellationToken);
    }
}
