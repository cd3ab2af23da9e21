namespace Dbs.Domain.Common;

/// <summary>
/// An entity users edit. <see cref="Version"/> is the optimistic concurrency token: the DbContext increments it on every
/// update, and an update whose stored version changed since the entity was read fails instead of overwriting.
/// Clients echo it back as their "expected version".
/// </summary>
public abstract class VersionedEntity : Entity
{
    public long Version { get; private set; } = 1;
}
