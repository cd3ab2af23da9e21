using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dbs.Api.Benchmarks;

/// <summary>
/// The physical limit: the same data as a GraphQL scenario, fetched by hand-written SQL on the same SQLite file and
/// written as the same JSON, behind the same Kestrel, with the same bearer-token check (one indexed lookup and a
/// SHA-256). No GraphQL, no EF Core: what is left is HTTP, SQLite and JSON.
/// </summary>
internal sealed class RawSqlPeer : IAsyncDisposable
{
    // Non-ASCII letters (æ, ø, å) unescaped, as the GraphQL host writes them.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly WebApplication _app;

    private RawSqlPeer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<RawSqlPeer> StartAsync(string database, IEnumerable<Scenario> scenarios)
    {
        var address = new Uri($"http://127.0.0.1:{ApiHost.FreePort()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address.ToString());
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString();
        foreach (var scenario in scenarios)
        {
            app.MapPost("/" + scenario.Route, async context =>
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync(context.RequestAborted);
                if (!await IsValidTokenAsync(connection, context.Request.Headers.Authorization.ToString()))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }

                context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
                await using var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions);
                writer.WriteStartObject();
                writer.WritePropertyName("data");
                await scenario.WriteRaw(connection, writer, context.RequestAborted);
                writer.WriteEndObject();
                await writer.FlushAsync(context.RequestAborted);
            });
        }

        await app.StartAsync();
        return new RawSqlPeer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// The token format is <c>dbs_</c>, a 12-character lookup, <c>_</c> and the secret, whose SHA-256 is stored.
    /// </summary>
    private static async Task<bool> IsValidTokenAsync(SqliteConnection connection, string authorization)
    {
        const string Prefix = "Bearer dbs_";
        if (!authorization.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        const int LookupLength = 12;
        var presented = authorization[Prefix.Length..];
        if (presented.Length <= LookupLength + 1 || presented[LookupLength] != '_')
        {
            return false;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "SecretHash" FROM "ApiTokens" WHERE "Lookup" = $lookup AND "RevokedAt" IS NULL""";
        command.Parameters.AddWithValue("$lookup", presented[..LookupLength]);
        var stored = await command.ExecuteScalarAsync() as byte[];
        return stored is not null
            && CryptographicOperations.FixedTimeEquals(stored, SHA256.HashData(Encoding.UTF8.GetBytes(presented[(LookupLength + 1)..])));
    }
}
