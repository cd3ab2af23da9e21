using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.GraphQL;

/// <summary>
/// Entities by id, one <c>WHERE Id IN (…)</c> per batch, as the caller may see them: <paramref name="source"/> picks
/// the caller's view of the entity from its <see cref="AccessScope"/>. An id the caller may not see loads as null.
/// </summary>
public abstract class ScopedByIdDataLoader<T>(BatchScheduler scheduler, RequestData data, Func<AccessScope, IQueryable<T>> source)
    : DataLoader<int, T>(scheduler)
    where T : Entity
{
    protected sealed override Task<IReadOnlyDictionary<int, T>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, T>>(async (scope, ct) =>
            await source(scope).AsNoTracking().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct),
            cancellationToken);
}
