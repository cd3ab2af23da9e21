using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Findings;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Findings;

/// <summary>
/// <c>Query.findings</c>: the findings the caller may see (DBS all; others those of supervisions they see, once the
/// report is released), oldest first.
/// </summary>
public sealed class FindingQueries
{
    public Task<Connection<Finding>> FindingsAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.Findings.AsNoTracking(), FindingFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
