namespace Dbs.Domain.Common;

/// <summary>Base of every persisted entity: a database-generated integer key.</summary>
public abstract class Entity
{
    public int Id { get; private set; }
}
