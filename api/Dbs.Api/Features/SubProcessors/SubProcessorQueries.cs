using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.SubProcessors;

/// <summary><c>Query.subProcessors</c> and <c>Query.objectionWindows</c>, as the caller may see them, oldest first.</summary>
public sealed class SubProcessorQueries
{
    public Task<Connection<SubProcessor>> SubProcessorsAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.SubProcessors.AsNoTracking(), SubProcessorFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }

    public Task<Connection<ObjectionWindow>> ObjectionWindowsAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.ObjectionWindows.AsNoTracking(),
            ObjectionWindowFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
