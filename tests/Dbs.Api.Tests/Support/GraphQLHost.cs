using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Api.Tests.Support;

/// <summary>
/// The real host in memory on a fresh, migrated database (a SQLite file, or a PostgreSQL database), with helpers to
/// mint API tokens, run admin commands on the same database and send GraphQL requests through the whole HTTP pipeline.
/// </summary>
public sealed class GraphQLHost : IAsyncDisposable
{
    private readonly SqliteFile? _sqlite;
    private readonly PostgresDatabase? _postgres;
    private readonly Dictionary<string, string?> _databaseSettings;

    /// <summary>A host on a fresh SQLite file (migrated on start), with <paramref name="settings"/> on top.</summary>
    public GraphQLHost(IReadOnlyDictionary<string, string?>? settings = null)
        : this(new SqliteFile(), null, settings)
    {
    }

    private GraphQLHost(SqliteFile? sqlite, PostgresDatabase? postgres, IReadOnlyDictionary<string, string?>? settings)
    {
        _sqlite = sqlite;
        _postgres = postgres;
        _databaseSettings = postgres is null
            ? new() { ["ConnectionStrings:Dbs"] = sqlite!.ConnectionString }
            : new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Dbs"] = postgres.ConnectionString };
        var all = new Dictionary<string, string?>(_databaseSettings) { ["DemoData:SeedOnFirstStart"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = new DbsApiFactory("Production", all);
        Client = Factory.CreateClient();
    }

    public DbsApiFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>A piece of the connection string that only this host's database has (to count its commands).</summary>
    public string DatabaseMarker => _postgres is null
        ? _sqlite!.Folder
        : new Npgsql.NpgsqlConnectionStringBuilder(_postgres.ConnectionString).Database!;

    /// <summary>A host on a fresh PostgreSQL database of the test server, migrated first with the migrate command.</summary>
    public static async Task<GraphQLHost> OnPostgresAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var migrated = await AdminRun.RunAsync(["migrate"], database);
        if (migrated.ExitCode != 0)
        {
            throw new InvalidOperationException("migrate failed: " + migrated.Error);
        }

        return new GraphQLHost(null, database, null);
    }

    public DbsDbContext CreateContext() => _postgres?.CreateContext() ?? _sqlite!.CreateContext();

    /// <summary>Runs an admin command on this host's database.</summary>
    public Task<AdminRun> RunAsync(params string[] args) => AdminRun.RunAsync(args, _databaseSettings);

    /// <summary>A new token for a kommunekode, a supplier's CVR or "dbs"; its text, as the command prints it.</summary>
    public async Task<string> TokenAsync(string organisation, Role role = Role.Reader)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(organisation, role);
        return created.Value.Text;
    }

    /// <summary>POSTs a query as JSON and returns the status and the parsed body.</summary>
    public async Task<(int Status, JsonElement Body)> PostAsync(string query, string? token = null, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        _sqlite?.Dispose();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
