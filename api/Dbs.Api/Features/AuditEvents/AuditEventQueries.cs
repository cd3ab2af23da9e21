using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.AuditEvents;

/// <summary>
/// <c>Query.auditEvents</c>: DBS's only (AccessScope's rule: before/after values may concern several organisations, so
/// an organisation's "own" events cannot be cut out without leaking others' values).
/// </summary>
public sealed class AuditEventQueries
{
    public Task<Connection<AuditEvent>> AuditEventsAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        // The key is a 64-bit integer: its cursors and keyset comparisons keep all 64 bits.
        return Paging.PageAsync(data, scope => scope.AuditEvents.AsNoTracking(), AuditEventFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
