namespace Dbs.Domain.Persistence;

/// <summary>The database behind the domain, chosen by the configuration key <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
