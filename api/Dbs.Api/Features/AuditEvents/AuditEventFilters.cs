using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Auditing;

namespace Dbs.Api.Features.AuditEvents;

/// <summary>
/// What <c>AuditEventFilterInput</c> and <c>AuditEventSortInput</c> offer: who, when, what and which object. Safe to
/// offer because the trail is DBS's only (the caller's scope is empty for anyone else, so a filter reveals nothing);
/// not the before/after values, large JSON texts no index helps to search.
/// </summary>
internal static class AuditEventFilters
{
    public static readonly ListDescriptor<AuditEvent> Descriptor = new ListDescriptor<AuditEvent>("AuditEvent", e => e.Id)
        .Comparable("at", e => e.At, "When the change was saved.")
        .String("userId", e => e.UserId, "The user's id (for an API token: `api-token:<number>`).")
        .String("userName", e => e.UserName, "The user's name.")
        .String("entityType", e => e.EntityType, "The changed object's type, e.g. Questionnaire.")
        .String("entityId", e => e.EntityId, "The changed object's key (composite keys joined by /).")
        .String("action", e => e.Action, "The domain operation, e.g. SubmitQuestionnaire.")
        .Enum("change", e => e.Change, "Whether the object was created, updated or deleted.");
}
