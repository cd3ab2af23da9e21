using System.Globalization;
using Dbs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Persistence;

/// <summary>How services save: audited, with a lost optimistic-concurrency race reported as a value.</summary>
internal static class AuditedSave
{
    public static async Task<Result> TrySaveAsync(this DbsDbContext db, Actor actor, string action, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(actor, action, at, cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException exception)
        {
            var entry = exception.Entries.FirstOrDefault();
            var type = entry?.Metadata.ClrType.Name ?? "Entity";
            var key = entry is null
                ? "?"
                : string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p =>
                    Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
            db.ChangeTracker.Clear();
            return new ConcurrencyConflict(type, key, []);
        }
    }

    /// <summary>
    /// The usual shape of a service step: the entity (loaded through the actor's scope, so null means not found), the
    /// permission check, the expected version, the entity method, then the audited save.
    /// </summary>
    public static async Task<Result<T>> ApplyAsync<T>(this DbsDbContext db, Actor actor, T? entity, int id, long? expectedVersion,
        Func<T, Forbidden?> permission, Func<T, Result> step, string action, DateTimeOffset at, CancellationToken cancellationToken)
        where T : VersionedEntity
    {
        if (entity is null)
        {
            return new NotFound(typeof(T).Name, Key(id));
        }

        if (permission(entity) is { } forbidden)
        {
            return forbidden;
        }

        if (entity.CheckVersion(expectedVersion) is { } conflict)
        {
            return conflict;
        }

        var result = step(entity);
        if (result.IsFailure)
        {
            db.ChangeTracker.Clear();
            return Result<T>.Failure(result.Error!);
        }

        var saved = await db.TrySaveAsync(actor, action, at, cancellationToken);
        return saved.To(() => entity);
    }

    /// <summary>A conflict when the caller edited an older version than the one stored.</summary>
    public static ConcurrencyConflict? CheckVersion(this VersionedEntity entity, long? expectedVersion) =>
        expectedVersion is { } expected && expected != entity.Version
            ? new ConcurrencyConflict(entity.GetType().Name, entity.Id.ToString(CultureInfo.InvariantCulture), [])
            : null;

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
