using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Api.Tests.Support;

/// <summary>
/// The real host in memory on a fresh, migrated SQLite file, with helpers to mint API tokens and send GraphQL
/// requests through the whole HTTP pipeline.
/// </summary>
public sealed class GraphQLHost : IDisposable
{
    private readonly SqliteFile _database = new();

    public GraphQLHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dbs"] = _database.ConnectionString,
            ["DemoData:SeedOnFirstStart"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = new DbsApiFactory("Production", all);
        Client = Factory.CreateClient();
    }

    public DbsApiFactory Factory { get; }

    public HttpClient Client { get; }

    public SqliteFile Database => _database;

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

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        _database.Dispose();
    }
}
