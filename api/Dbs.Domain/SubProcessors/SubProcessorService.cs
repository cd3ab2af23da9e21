using Dbs.Domain.Access;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dbs.Domain.SubProcessors;

/// <summary>
/// The sub-processor register: suppliers register and engage sub-processors, announcing each new engagement with
/// notice, which opens an objection window for every municipality with an active agreement covering an affected
/// system; municipalities object within the window; the engagement starts after the deadline, or is withdrawn, and
/// later ends. Every change is audited.
/// </summary>
public sealed class SubProcessorService(DbsDbContext db, TimeProvider clock, IOptions<SupervisionOptions> options)
{
    /// <summary>Registers a sub-processor (the supplier itself or DBS staff).</summary>
    public async Task<Result<SubProcessor>> RegisterAsync(Actor actor, SubProcessorInput input,
        CancellationToken cancellationToken = default)
    {
        if (!(actor.IsDbs || actor.OrganisationKind == OrganisationKind.Supplier))
        {
            return new Forbidden("Only suppliers and DBS staff register sub-processors.");
        }

        if (!actor.IsEditor)
        {
            return new Forbidden("Your role only allows reading.");
        }

        var created = SubProcessor.Create(input.Name, input.Cvr, input.ForeignRegistrationId, input.CountryCode,
            input.ServiceDescription, input.TransferBasis);
        if (created.IsFailure)
        {
            return created;
        }

        db.SubProcessors.Add(created.Value);
        var saved = await db.TrySaveAsync(actor, "RegisterSubProcessor", clock.GetUtcNow(), cancellationToken);
        return saved.To(() => created.Value);
    }

    /// <summary>
    /// Announces the engagement and, in the same save, opens an objection window (until notice + the notice period)
    /// for every municipality with an active agreement covering one of the systems.
    /// </summary>
    public async Task<Result<SubProcessorEngagement>> EngageAsync(Actor actor, EngageSubProcessorInput input,
        CancellationToken cancellationToken = default)
    {
        if (Permissions.SupplierEditor(actor, input.SupplierId) is { } forbidden)
        {
            return forbidden;
        }

        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == input.SupplierId, cancellationToken);
        var subProcessor = await db.SubProcessors.FirstOrDefaultAsync(s => s.Id == input.SubProcessorId, cancellationToken);
        if (supplier is null)
        {
            return new NotFound("Supplier", AuditedSave.Key(input.SupplierId));
        }

        if (subProcessor is null)
        {
            return new NotFound(nameof(SubProcessor), AuditedSave.Key(input.SubProcessorId));
        }

        var systemIds = input.ItSystemIds.Distinct().ToList();
        var systems = await db.ItSystems.Where(s => systemIds.Contains(s.Id) && s.SupplierId == input.SupplierId)
            .ToListAsync(cancellationToken);
        var missing = systemIds.Except(systems.Select(s => s.Id)).ToList();
        if (missing.Count > 0)
        {
            return new ValidationFailed([.. missing.Select(id => new FieldError("itSystemIds",
                $"IT system {id} is not one of {supplier.Name}'s systems."))]);
        }

        SubProcessorEngagement? parent = null;
        if (input.ParentEngagementId is { } parentId)
        {
            parent = await db.SubProcessorEngagements.FirstOrDefaultAsync(e => e.Id == parentId, cancellationToken);
            if (parent is null)
            {
                return new NotFound(nameof(SubProcessorEngagement), AuditedSave.Key(parentId));
            }
        }

        var now = clock.GetUtcNow();
        var notice = input.NoticeGivenOn ?? DanishTime.DateOf(now);
        var deadline = notice.AddDays(options.Value.SubProcessorNoticePeriodDays);
        var engagement = SubProcessorEngagement.Create(supplier, subProcessor, systems, input.From, notice, deadline, parent);
        if (engagement.IsFailure)
        {
            return engagement;
        }

        var municipalities = await db.Municipalities
            .Where(m => db.Agreements.ActiveCovering(systemIds).Any(a => a.MunicipalityId == m.Id))
            .OrderBy(m => m.Code)
            .ToListAsync(cancellationToken);
        foreach (var municipality in municipalities)
        {
            engagement.Value.OpenObjectionWindow(municipality);
        }

        db.SubProcessorEngagements.Add(engagement.Value);
        var saved = await db.TrySaveAsync(actor, "EngageSubProcessor", now, cancellationToken);
        return saved.To(() => engagement.Value);
    }

    /// <summary>A municipality objects to the new sub-processor, within its window.</summary>
    public async Task<Result<ObjectionWindow>> ObjectAsync(Actor actor, int objectionWindowId, string reason,
        long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var window = await new AccessScope(db, actor).ObjectionWindows
            .Include(w => w.Engagement)
            .FirstOrDefaultAsync(w => w.Id == objectionWindowId, cancellationToken);
        return await db.ApplyAsync(actor, window, objectionWindowId, expectedVersion,
            w => Permissions.MunicipalityEditor(actor, w.MunicipalityId),
            w => w.Object(actor, reason, clock.GetUtcNow()), "ObjectToSubProcessor", clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Notified → Active, once the objection deadline has passed (the supplier or DBS staff).</summary>
    public Task<Result<SubProcessorEngagement>> ActivateAsync(Actor actor, int engagementId, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, engagementId, expectedVersion, e => Permissions.SupplierOrDbsEditor(actor, e.SupplierId),
            "ActivateSubProcessor", e => e.Activate(DanishTime.DateOf(clock.GetUtcNow())), cancellationToken);

    /// <summary>Notified → Withdrawn: the supplier drops the announcement.</summary>
    public Task<Result<SubProcessorEngagement>> WithdrawAsync(Actor actor, int engagementId, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        Step(actor, engagementId, expectedVersion, e => Permissions.SupplierEditor(actor, e.SupplierId),
            "WithdrawSubProcessor", e => e.Withdraw(), cancellationToken);

    /// <summary>Active → Ended on <paramref name="endOn"/>.</summary>
    public Task<Result<SubProcessorEngagement>> EndAsync(Actor actor, int engagementId, DateOnly endOn,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Step(actor, engagementId, expectedVersion, e => Permissions.SupplierEditor(actor, e.SupplierId),
            "EndSubProcessor", e => e.End(endOn), cancellationToken);

    private async Task<Result<SubProcessorEngagement>> Step(Actor actor, int engagementId, long? expectedVersion,
        Func<SubProcessorEngagement, Forbidden?> permission, string action, Func<SubProcessorEngagement, Result> step,
        CancellationToken cancellationToken)
    {
        var engagement = await new AccessScope(db, actor).Engagements
            .Include(e => e.ObjectionWindows)
            .Include(e => e.Systems)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == engagementId, cancellationToken);
        return await db.ApplyAsync(actor, engagement, engagementId, expectedVersion, permission, step, action,
            clock.GetUtcNow(), cancellationToken);
    }
}
