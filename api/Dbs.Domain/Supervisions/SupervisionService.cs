using Dbs.Domain.Access;
using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Supervisions;

/// <summary>
/// DBS's supervision steps: plan, start, peer review (the reviewer is never the author), release (which asks every
/// affected member municipality to acknowledge the report) and close. DBS staff only; every change is audited.
/// </summary>
public sealed class SupervisionService(DbsDbContext db, TimeProvider clock)
{
    public async Task<Result<Supervision>> PlanAsync(Actor actor, PlanSupervisionInput input,
        CancellationToken cancellationToken = default)
    {
        if (Permissions.DbsEditor(actor) is { } forbidden)
        {
            return forbidden;
        }

        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == input.SupplierId, cancellationToken);
        if (supplier is null)
        {
            return new NotFound("Supplier", AuditedSave.Key(input.SupplierId));
        }

        ItSystems.ItSystem? system = null;
        if (input.ItSystemId is { } systemId)
        {
            system = await db.ItSystems.FirstOrDefaultAsync(s => s.Id == systemId, cancellationToken);
            if (system is null)
            {
                return new NotFound("ItSystem", AuditedSave.Key(systemId));
            }
        }

        if (await db.Supervisions.AnyAsync(s => s.SupplierId == input.SupplierId && s.ItSystemId == input.ItSystemId
                && s.Year == input.Year, cancellationToken))
        {
            return new AlreadyExists(nameof(Supervision), $"{system?.Name ?? supplier.Name} {input.Year}");
        }

        var now = clock.GetUtcNow();
        var planned = Supervision.Plan(supplier, system, input.Year, input.Method, actor, now);
        if (planned.IsFailure)
        {
            return planned;
        }

        if (input.QuestionnaireId is { } questionnaireId)
        {
            var questionnaire = await db.Questionnaires.FirstOrDefaultAsync(q => q.Id == questionnaireId, cancellationToken);
            if (questionnaire is null)
            {
                return new NotFound("Questionnaire", AuditedSave.Key(questionnaireId));
            }

            if (planned.Value.RestOn(questionnaire) is { IsFailure: true } linked)
            {
                return Result<Supervision>.Failure(linked.Error!);
            }
        }

        db.Supervisions.Add(planned.Value);
        var saved = await db.TrySaveAsync(actor, "PlanSupervision", now, cancellationToken);
        return saved.To(() => planned.Value);
    }

    /// <summary>Links the questionnaire the supervision rests on.</summary>
    public async Task<Result<Supervision>> RestOnQuestionnaireAsync(Actor actor, int supervisionId, int questionnaireId,
        long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var questionnaire = await db.Questionnaires.FirstOrDefaultAsync(q => q.Id == questionnaireId, cancellationToken);
        if (questionnaire is null)
        {
            return new NotFound("Questionnaire", AuditedSave.Key(questionnaireId));
        }

        return await Step(actor, supervisionId, expectedVersion, "LinkSupervisionQuestionnaire",
            s => s.RestOn(questionnaire), cancellationToken);
    }

    public Task<Result<Supervision>> StartAsync(Actor actor, int supervisionId, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, supervisionId, expectedVersion, "StartSupervision", s => s.Start(clock.GetUtcNow()), cancellationToken);

    /// <summary>Names the peer reviewer, a DBS colleague other than the author.</summary>
    public Task<Result<Supervision>> AssignPeerReviewerAsync(Actor actor, int supervisionId, string reviewerUserId,
        string reviewerName, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Step(actor, supervisionId, expectedVersion, "AssignPeerReviewer",
            s => s.AssignPeerReviewer(reviewerUserId, reviewerName), cancellationToken);

    public Task<Result<Supervision>> WriteConclusionAsync(Actor actor, int supervisionId, string? conclusion,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Step(actor, supervisionId, expectedVersion, "WriteSupervisionConclusion", s => s.WriteConclusion(conclusion),
            cancellationToken);

    public Task<Result<Supervision>> SubmitForPeerReviewAsync(Actor actor, int supervisionId, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, supervisionId, expectedVersion, "SubmitSupervisionForPeerReview",
            s => s.SubmitForPeerReview(clock.GetUtcNow()), cancellationToken);

    /// <summary>The peer reviewer sends the report back to the author.</summary>
    public Task<Result<Supervision>> ReturnFromPeerReviewAsync(Actor actor, int supervisionId, string comment,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Step(actor, supervisionId, expectedVersion, "ReturnSupervisionFromPeerReview",
            s => s.ReturnFromPeerReview(actor, comment), cancellationToken);

    /// <summary>The peer reviewer approves the report.</summary>
    public Task<Result<Supervision>> ApprovePeerReviewAsync(Actor actor, int supervisionId, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, supervisionId, expectedVersion, "ApprovePeerReview",
            s => s.ApprovePeerReview(actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Releases the approved report and, in the same save, opens a pending acknowledgement for every affected member
    /// municipality.
    /// </summary>
    public async Task<Result<Supervision>> ReleaseAsync(Actor actor, int supervisionId, long? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        var supervision = await Load(actor, supervisionId, cancellationToken);
        var municipalities = supervision is null
            ? []
            : await db.AffectedMemberMunicipalities(supervision).ToListAsync(cancellationToken);
        return await db.ApplyAsync(actor, supervision, supervisionId, expectedVersion, _ => Permissions.DbsEditor(actor),
            s =>
            {
                var released = s.Release(actor, clock.GetUtcNow());
                if (released.IsFailure)
                {
                    return released;
                }

                foreach (var municipality in municipalities)
                {
                    db.ReportAcknowledgements.Add(ReportAcknowledgement.Open(s, municipality).Value);
                }

                return released;
            },
            "ReleaseSupervisionReport", clock.GetUtcNow(), cancellationToken);
    }

    public Task<Result<Supervision>> CloseAsync(Actor actor, int supervisionId, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, supervisionId, expectedVersion, "CloseSupervision", s => s.Close(clock.GetUtcNow()), cancellationToken);

    private async Task<Result<Supervision>> Step(Actor actor, int supervisionId, long? expectedVersion, string action,
        Func<Supervision, Result> step, CancellationToken cancellationToken) =>
        await db.ApplyAsync(actor, await Load(actor, supervisionId, cancellationToken), supervisionId, expectedVersion,
            _ => Permissions.DbsEditor(actor), step, action, clock.GetUtcNow(), cancellationToken);

    private Task<Supervision?> Load(Actor actor, int supervisionId, CancellationToken cancellationToken) =>
        new AccessScope(db, actor).Supervisions
            .Include(s => s.Supplier)
            .Include(s => s.ItSystem)
            .FirstOrDefaultAsync(s => s.Id == supervisionId, cancellationToken);
}
