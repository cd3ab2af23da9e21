using Dbs.Domain.Persistence;
using Microsoft.Extensions.Configuration;

namespace Dbs.Domain.Tests.Persistence;

public sealed class DbsDatabaseTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "dbs-content-root");

    [Fact]
    public void Without_settings_the_database_is_SQLite_in_data_dbs_db_under_the_content_root()
    {
        var database = DbsDatabase.FromConfiguration(Configuration([]), Root);

        Assert.Equal(DatabaseProvider.Sqlite, database.Provider);
        Assert.Equal(Path.Combine(Root, "data", "dbs.db"), database.SqliteFile);
        Assert.Contains("Foreign Keys=True", database.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_SQLite_path_is_taken_relative_to_the_content_root()
    {
        var database = DbsDatabase.FromConfiguration(Configuration(new() { ["ConnectionStrings:Dbs"] = "Data Source=other/x.db" }), Root);

        Assert.Equal(Path.Combine(Root, "other", "x.db"), database.SqliteFile);
    }

    [Fact]
    public void Postgres_is_chosen_by_configuration_and_needs_a_connection_string()
    {
        var postgres = DbsDatabase.FromConfiguration(Configuration(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Dbs"] = "Host=db;Database=dbs",
        }), Root);
        var missing = Record.Exception(() => DbsDatabase.FromConfiguration(Configuration(new() { ["Database:Provider"] = "postgres" }), Root));
        var unknown = Record.Exception(() => DbsDatabase.FromConfiguration(Configuration(new() { ["Database:Provider"] = "Oracle" }), Root));

        Assert.Equal((DatabaseProvider.Postgres, "Host=db;Database=dbs"), (postgres.Provider, postgres.ConnectionString));
        Assert.Contains("ConnectionStrings:Dbs", Assert.IsType<InvalidOperationException>(missing).Message, StringComparison.Ordinal);
        Assert.Contains("Oracle", Assert.IsType<InvalidOperationException>(unknown).Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
