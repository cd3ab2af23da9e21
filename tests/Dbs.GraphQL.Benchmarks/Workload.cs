using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Benchmarks;

/// <summary>
/// The shared engine workload (schema, query, data and the expected response hash) and the schema bound to it:
/// <c>Query.agreements</c> returns the data (cut to <c>limit</c>), every other field reads a property.
/// </summary>
internal sealed partial class Workload
{
    private Workload(string directory, string schemaText, string query, List<Agreement> agreements, string expectedSha256)
    {
        Directory = directory;
        SchemaText = schemaText;
        Query = query;
        LimitedQuery = AgreementsSelection().Replace(query, "agreements(limit: 100) {", 1);
        Agreements = agreements;
        ExpectedSha256 = expectedSha256;
        Schema = SchemaBuilder.New()
            .AddDocumentFromString(schemaText)
            .AddResolver("Query", "agreements", context =>
                context.ArgumentValue<int?>("limit") is { } limit ? Agreements.GetRange(0, Math.Min(limit, Agreements.Count)) : Agreements)
            .AddResolver("Query", "agreement", context => Agreements.Find(a => a.Id == context.ArgumentValue<string>("id")))
            .BindRuntimeType<Agreement>("Agreement")
            .BindRuntimeType<Party>("Party")
            .BindRuntimeType<Address>("Address")
            .BindRuntimeType<LineItem>("LineItem")
            .BindRuntimeType<Money>("Money")
            .BindRuntimeType<Product>("Product")
            .BindRuntimeType<Category>("Category")
            .BindRuntimeType<Tag>("Tag")
            .BindRuntimeType<Note>("Note")
            .Create();
    }

    public string Directory { get; }

    public string SchemaText { get; }

    public string Query { get; }

    /// <summary>The same query with <c>agreements(limit: 100)</c>, as the peers measure it.</summary>
    public string LimitedQuery { get; }

    public List<Agreement> Agreements { get; }

    public string ExpectedSha256 { get; }

    public Schema Schema { get; }

    public static Workload Load(string directory)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var agreements = JsonSerializer.Deserialize<List<Agreement>>(File.ReadAllText(Path.Combine(directory, "data.json")), options)
            ?? throw new InvalidOperationException("data.json holds no agreements.");
        var expected = File.ReadAllText(Path.Combine(directory, "expected-response.sha256")).Split((char[]?)null,
            StringSplitOptions.RemoveEmptyEntries)[0];
        return new Workload(directory, File.ReadAllText(Path.Combine(directory, "schema.graphql")),
            File.ReadAllText(Path.Combine(directory, "query.graphql")), agreements, expected);
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [GeneratedRegex(@"\bagreements\s*\{")]
    private static partial Regex AgreementsSelection();
}
