using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Agreements;

/// <summary><c>Query.agreements</c>: the data processing agreements the caller may see, oldest first.</summary>
public sealed class AgreementQueries
{
    public Task<Connection<Agreement>> AgreementsAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.Agreements.AsNoTracking(), AgreementFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
