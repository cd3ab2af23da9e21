using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Acknowledgements;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Acknowledgements;

/// <summary><c>Query.acknowledgements</c>: a municipality its own, DBS all, a supplier none; oldest first.</summary>
public sealed class AcknowledgementQueries
{
    public Task<Connection<ReportAcknowledgement>> AcknowledgementsAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.Acknowledgements.AsNoTracking(),
            AcknowledgementFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
