namespace Dbs.Domain.Tests.Support;

/// <summary>Tests on SQLite share one database per run; they run one after another, in parallel with PostgreSQL's.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteDatabaseFixture>
{
    public const string Name = "SQLite";
}

/// <summary>Tests on PostgreSQL share one database per run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresDatabaseFixture>
{
    public const string Name = "PostgreSQL";
}
