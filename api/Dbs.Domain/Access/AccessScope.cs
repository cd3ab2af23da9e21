using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Agreements;
using Dbs.Domain.Auditing;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Supervisions;

namespace Dbs.Domain.Access;

/// <summary>
/// What an actor may read, as queries: the one place authorization of reads lives. The API and the portal read only
/// through it, and the domain services load what they change through it (so an invisible entity is "not found").
/// <list type="bullet">
/// <item>DBS staff: everything.</item>
/// <item>A municipality: its own agreements, objection windows and acknowledgements; the suppliers, IT systems,
/// supervisions and sub-processor engagements concerning the systems it has agreements for (or uses); findings of
/// those supervisions once the report is released.</item>
/// <item>A supplier: itself, its IT systems, agreements, questionnaires, sub-processor engagements (and the
/// objection windows they opened), its supervisions, and their findings once released.</item>
/// <item>Anonymous (<c>null</c> actor): nothing.</item>
/// </list>
/// Municipalities (reference data) and published questionnaire templates are visible to every signed-in actor.
/// Reader and editor roles see the same; the role only matters for changes.
/// </summary>
public sealed class AccessScope(DbsDbContext db, Actor? actor)
{
    public Actor? Actor => actor;

    public IQueryable<Municipality> Municipalities => actor is null ? db.Municipalities.Where(_ => false) : db.Municipalities;

    public IQueryable<Supplier> Suppliers => actor switch
    {
        null => db.Suppliers.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.Suppliers,
        { OrganisationKind: OrganisationKind.Supplier, OrganisationId: var id } => db.Suppliers.Where(s => s.Id == id),
        { OrganisationId: var id } => db.Suppliers.Where(s =>
            db.Agreements.Any(a => a.SupplierId == s.Id && a.MunicipalityId == id)),
    };

    public IQueryable<ItSystem> ItSystems => actor switch
    {
        null => db.ItSystems.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.ItSystems,
        { OrganisationKind: OrganisationKind.Supplier, OrganisationId: var id } => db.ItSystems.Where(s => s.SupplierId == id),
        { OrganisationId: var id } => db.ItSystems.Where(s =>
            s.Usages.Any(u => u.MunicipalityId == id)
            || db.AgreementSystems.Any(x => x.ItSystemId == s.Id && x.Agreement.MunicipalityId == id)),
    };

    public IQueryable<Agreement> Agreements => actor switch
    {
        null => db.Agreements.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.Agreements,
        { OrganisationKind: OrganisationKind.Supplier, OrganisationId: var id } => db.Agreements.Where(a => a.SupplierId == id),
        { OrganisationId: var id } => db.Agreements.Where(a => a.MunicipalityId == id),
    };

    /// <summary>
    /// The links between the visible agreements and the IT systems they cover. Whoever may see an agreement may see
    /// what it covers, so a link's <see cref="AgreementSystem.ItSystem"/> needs no further check (for a municipality
    /// and a supplier it lies inside <see cref="ItSystems"/> anyway).
    /// </summary>
    public IQueryable<AgreementSystem> AgreementSystems => Agreements.SelectMany(a => a.Systems);

    public IQueryable<SubProcessorEngagement> Engagements => actor switch
    {
        null => db.SubProcessorEngagements.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.SubProcessorEngagements,
        { OrganisationKind: OrganisationKind.Supplier, OrganisationId: var id } =>
            db.SubProcessorEngagements.Where(e => e.SupplierId == id),
        { OrganisationId: var id } => db.SubProcessorEngagements.Where(e =>
            e.ObjectionWindows.Any(w => w.MunicipalityId == id)
            || e.Systems.Any(es => db.AgreementSystems.Any(x => x.ItSystemId == es.ItSystemId && x.Agreement.MunicipalityId == id))),
    };

    public IQueryable<SubProcessor> SubProcessors => actor switch
    {
        null => db.SubProcessors.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.SubProcessors,
        _ => db.SubProcessors.Where(s => Engagements.Any(e => e.SubProcessorId == s.Id)),
    };

    public IQueryable<ObjectionWindow> ObjectionWindows => actor switch
    {
        null => db.ObjectionWindows.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.ObjectionWindows,
        { OrganisationKind: OrganisationKind.Supplier, OrganisationId: var id } =>
            db.ObjectionWindows.Where(w => w.Engagement.SupplierId == id),
        { OrganisationId: var id } => db.ObjectionWindows.Where(w => w.MunicipalityId == id),
    };

    public IQueryable<QuestionnaireTemplate> QuestionnaireTemplates => actor switch
    {
        null => db.QuestionnaireTemplates.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.QuestionnaireTemplates,
        _ => db.QuestionnaireTemplates.Where(t => t.PublishedAt != null),
    };

    public IQueryable<Questionnaire> Questionnaires => actor switch
    {
        { OrganisationKind: OrganisationKind.Dbs } => db.Questionnaires,
        { OrganisationKind: OrganisationKind.Supplier, OrganisationId: var id } => db.Questionnaires.Where(q => q.SupplierId == id),
        _ => db.Questionnaires.Where(_ => false),
    };

    public IQueryable<Answer> Answers => Questionnaires.SelectMany(q => q.Answers);

    public IQueryable<Attachment> Attachments => Questionnaires.SelectMany(q => q.Attachments);

    public IQueryable<Clarification> Clarifications => Questionnaires.SelectMany(q => q.Clarifications);

    public IQueryable<Supervision> Supervisions => actor switch
    {
        null => db.Supervisions.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.Supervisions,
        { OrganisationKind: OrganisationKind.Supplier, OrganisationId: var id } => db.Supervisions.Where(s => s.SupplierId == id),
        { OrganisationId: var id } => db.Supervisions.Where(s =>
            s.ItSystemId != null
                ? db.AgreementSystems.Any(x => x.ItSystemId == s.ItSystemId && x.Agreement.MunicipalityId == id)
                : db.Agreements.Any(a => a.SupplierId == s.SupplierId && a.MunicipalityId == id)),
    };

    public IQueryable<Finding> Findings => actor switch
    {
        null => db.Findings.Where(_ => false),
        { OrganisationKind: OrganisationKind.Dbs } => db.Findings,
        _ => db.Findings.Where(f => Supervisions.Any(s => s.Id == f.SupervisionId
            && (s.Status == SupervisionStatus.Released || s.Status == SupervisionStatus.Closed))),
    };

    public IQueryable<FindingHistoryEntry> FindingHistory => Findings.SelectMany(f => f.History);

    public IQueryable<ReportAcknowledgement> Acknowledgements => actor switch
    {
        { OrganisationKind: OrganisationKind.Dbs } => db.ReportAcknowledgements,
        { OrganisationKind: OrganisationKind.Municipality, OrganisationId: var id } =>
            db.ReportAcknowledgements.Where(a => a.MunicipalityId == id),
        _ => db.ReportAcknowledgements.Where(_ => false),
    };

    /// <summary>The audit trail is DBS's only.</summary>
    public IQueryable<AuditEvent> AuditEvents => actor is { OrganisationKind: OrganisationKind.Dbs }
        ? db.AuditEvents
        : db.AuditEvents.Where(_ => false);
}
