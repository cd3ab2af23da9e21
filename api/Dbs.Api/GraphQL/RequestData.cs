using Dbs.Api.Authentication;
using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;

namespace Dbs.Api.GraphQL;

/// <summary>
/// A request's reads: the request's scoped <see cref="DbsDbContext"/>, seen through the caller's
/// <see cref="AccessScope"/>. The engine runs sibling resolvers concurrently and a DbContext serves one command at a
/// time, so reads take turns.
/// </summary>
public sealed class RequestData(DbsDbContext db, IHttpContextAccessor http) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private AccessScope? _scope;

    /// <summary>The caller; null when anonymous, or authenticated without an organisation DBS knows.</summary>
    public Actor? Actor => Scope.Actor;

    /// <summary>Whether the request is authenticated at all (a JWT of an unknown CVR is, yet has no actor).</summary>
    public bool IsAuthenticated => http.HttpContext?.User.Identity?.IsAuthenticated == true;

    private AccessScope Scope => _scope ??= new AccessScope(db,
        http.HttpContext?.User is { } user ? ActorClaims.ToActor(user) : null);

    public async Task<T> ReadAsync<T>(Func<AccessScope, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return await read(Scope, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>
    /// A change by the signed-in caller through a domain service (which reads through the caller's scope itself), taking
    /// its turn on the DbContext like a read. Callers check <see cref="Authorization.RequireSignedIn"/> first.
    /// </summary>
    public Task<T> ChangeAsync<T>(Func<Actor, CancellationToken, Task<T>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var actor = Actor ?? throw new InvalidOperationException("A change needs a signed-in caller.");
        return ReadAsync((_, ct) => change(actor, ct), cancellationToken);
    }

    public void Dispose() => _turn.Dispose();
}
