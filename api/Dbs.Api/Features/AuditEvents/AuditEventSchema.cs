using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Auditing;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.AuditEvents;

/// <summary>The audit trail and <c>Query.auditEvents</c>.</summary>
internal static class AuditEventSchema
{
    public static SchemaBuilder AddAuditEvents(this SchemaBuilder builder) =>
        builder
            .AddResolver<AuditEventQueries>("Query")
            .BindRuntimeType<AuditEvent>("AuditEvent")
            .BindRuntimeType<AuditChange>("AuditChange")
            .AddResolver<AuditEventType>("AuditEvent")
            .AddListing(AuditEventFilters.Descriptor)
            .AddConnection<AuditEvent>("AuditEventsConnection");
}
