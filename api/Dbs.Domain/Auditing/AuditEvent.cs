using Dbs.Domain.Common;

namespace Dbs.Domain.Auditing;

/// <summary>
/// One change to one entity by a user: who, when, which entity, which operation, and the changed values before and
/// after as JSON. Append-only: the DbContext refuses to update or delete audit events.
/// </summary>
public sealed class AuditEvent
{
    internal AuditEvent(Actor actor, DateTimeOffset at, string entityType, string entityId, string action, AuditChange change,
        string? before, string? after)
    {
        UserId = actor.UserId;
        UserName = actor.DisplayName;
        OrganisationKind = actor.OrganisationKind;
        OrganisationId = actor.OrganisationId;
        At = at.ToUniversalTime();
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Change = change;
        Before = before;
        After = after;
    }

    private AuditEvent()
    {
        UserId = UserName = EntityType = EntityId = Action = string.Empty;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    public OrganisationKind OrganisationKind { get; private set; }

    public int? OrganisationId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The entity's CLR type name, e.g. "Questionnaire".</summary>
    public string EntityType { get; private set; }

    /// <summary>The entity's key (composite keys joined by '/').</summary>
    public string EntityId { get; private set; }

    /// <summary>The domain operation, e.g. "SubmitQuestionnaire".</summary>
    public string Action { get; private set; }

    public AuditChange Change { get; private set; }

    /// <summary>JSON object of the changed properties' values before the change; null when created.</summary>
    public string? Before { get; private set; }

    /// <summary>JSON object of the changed properties' values after the change; null when deleted.</summary>
    public string? After { get; private set; }
}
