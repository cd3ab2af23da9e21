using System.Globalization;
using System.Text;
using Dbs.Api.Benchmarks;
using Microsoft.Data.Sqlite;

// The HTTP benchmark of the GraphQL API against hand-written SQL (see README.md next to this file):
//   dotnet run -c Release --project tests/Dbs.Api.Benchmarks [-- --scale 12] [--duration 10] [--connections 4]
//     [--database FILE] (reuse a database seeded before; it is created and seeded when missing)
var scale = Option("--scale", 12);
var seconds = Option("--duration", 10);
var connections = Option("--connections", 4);
var repository = FindRepository();

var databaseIndex = Array.IndexOf(args, "--database");
var database = databaseIndex >= 0
    ? Path.GetFullPath(args[databaseIndex + 1])
    : Path.Combine(Path.GetTempPath(), $"dbs-bench-{scale}.db");
if (!File.Exists(database))
{
    Console.Error.WriteLine($"Seeding {database} at scale {scale} …");
    await ApiHost.RunCommandAsync(repository, database, "seed-demo", "--scale", $"{scale}");
}

SqliteConnection.ClearAllPools();
var (municipalityId, municipalityCode, agreementCount) = await BusiestMunicipalityAsync(database);
var totalAgreements = await ScalarAsync(database, """SELECT COUNT(*) FROM "Agreements" """);
var token = (await ApiHost.RunCommandAsync(repository, database, "token", "create", "--org", municipalityCode,
        "--role", "reader", "--name", "HTTP benchmark"))
    .Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith("dbs_", StringComparison.Ordinal));
Console.Error.WriteLine(
    $"{totalAgreements:N0} agreements; measuring as municipality {municipalityCode} ({agreementCount:N0} of them are its own).");

var scenarios = Scenarios.Create(municipalityId);
await using var host = await ApiHost.StartAsync(repository, database);
await using var peer = await RawSqlPeer.StartAsync(database, scenarios);
using var client = new HttpClient();

var rows = new List<string>();
foreach (var scenario in scenarios)
{
    var graphQLUrl = new Uri(host.Address, "/graphql");
    var rawUrl = new Uri(peer.Address, "/" + scenario.Route);
    var viaGraphQL = await PostAsync(client, graphQLUrl, scenario.GraphQLBody, token);
    var viaSql = await PostAsync(client, rawUrl, scenario.GraphQLBody, token);
    if (!SameResponse(viaGraphQL, viaSql))
    {
        var graphQLFile = Path.Combine(Path.GetTempPath(), $"dbs-bench-{scenario.Route}-graphql.json");
        var sqlFile = Path.Combine(Path.GetTempPath(), $"dbs-bench-{scenario.Route}-sql.json");
        await File.WriteAllTextAsync(graphQLFile, viaGraphQL);
        await File.WriteAllTextAsync(sqlFile, viaSql);
        Console.Error.WriteLine($"{scenario.Name}: the responses differ (written to {graphQLFile} and {sqlFile}); no figures.\n" +
            $"GraphQL: {Clip(viaGraphQL)}\nSQL:     {Clip(viaSql)}");
        return 1;
    }

    Console.Error.WriteLine($"{scenario.Name}: identical responses ({Encoding.UTF8.GetByteCount(viaGraphQL):N0} bytes); warming up …");
    await LoadGenerator.RunAsync(repository, graphQLUrl, scenario.GraphQLBody, token, 3, connections);
    await LoadGenerator.RunAsync(repository, rawUrl, scenario.GraphQLBody, token, 3, connections);
    var graphQL = await LoadGenerator.RunAsync(repository, graphQLUrl, scenario.GraphQLBody, token, seconds, connections);
    var sql = await LoadGenerator.RunAsync(repository, rawUrl, scenario.GraphQLBody, token, seconds, connections);
    if (graphQL.Failures + sql.Failures > 0)
    {
        Console.Error.WriteLine($"{scenario.Name}: {graphQL.Failures} GraphQL and {sql.Failures} SQL requests failed; no figures.");
        return 1;
    }

    rows.Add(string.Create(CultureInfo.InvariantCulture,
        $"| {scenario.Name} | {graphQL.P50:0.##} / {graphQL.P99:0.##} ms | {graphQL.RequestsPerSecond:N0} | " +
        $"{sql.P50:0.##} / {sql.P99:0.##} ms | {sql.RequestsPerSecond:N0} | " +
        $"{graphQL.Mean / sql.Mean:0.00}× | {sql.RequestsPerSecond / graphQL.RequestsPerSecond:0.00}× |"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"HTTP benchmark: {totalAgreements:N0} agreements (SQLite), {connections} connections, {seconds} s per run, loopback."));
Console.WriteLine("| scenario | GraphQL p50 / p99 | GraphQL req/s | SQL p50 / p99 | SQL req/s | mean latency GraphQL ÷ SQL | req/s SQL ÷ GraphQL |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var row in rows)
{
    Console.WriteLine(row);
}

return 0;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRepository()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Dbs.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from inside the repository.");
}

static async Task<string> PostAsync(HttpClient client, Uri url, string body, string token)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, url)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };
    request.Headers.Authorization = new("Bearer", token);
    using var response = await client.SendAsync(request);
    return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
}

// Same status and the same JSON value (property order included); the raw peer's escaping may differ in form.
static bool SameResponse(string left, string right)
{
    var (leftStatus, leftBody) = (left[..3], left[4..]);
    var (rightStatus, rightBody) = (right[..3], right[4..]);
    return leftStatus == rightStatus
        && System.Text.Json.Nodes.JsonNode.Parse(leftBody)!.ToJsonString() == System.Text.Json.Nodes.JsonNode.Parse(rightBody)!.ToJsonString();
}

static string Clip(string text) => text.Length <= 600 ? text : text[..600] + " …";

static async Task<(int Id, string Code, long Agreements)> BusiestMunicipalityAsync(string database)
{
    await using var connection = new SqliteConnection($"Data Source={database}");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT m."Id", m."Code", COUNT(*) FROM "Agreements" a JOIN "Municipalities" m ON m."Id" = a."MunicipalityId"
        GROUP BY m."Id", m."Code" ORDER BY COUNT(*) DESC, m."Id" LIMIT 1
        """;
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    return (reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2));
}

static async Task<long> ScalarAsync(string database, string sql)
{
    await using var connection = new SqliteConnection($"Data Source={database}");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    return (long)(await command.ExecuteScalarAsync())!;
}
