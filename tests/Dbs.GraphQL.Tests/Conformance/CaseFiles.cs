using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// Reads the case files and graphql-js's committed outcomes, and writes outcomes in the same form as
/// <c>reference.mjs</c>: a JSON array with one outcome per line.
/// </summary>
internal static class CaseFiles
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The case files under a folder as paths relative to it (with <c>/</c>), in the order <c>reference.mjs</c> lists
    /// them: each folder's entries sorted by UTF-16 code units, folders walked where they sort.
    /// </summary>
    public static IReadOnlyList<string> List(string? folder = null)
    {
        var root = folder ?? RepositoryPaths.Cases;
        var files = new List<string>();
        Walk(root);
        return files;

        void Walk(string current)
        {
            var entries = Directory.GetFileSystemEntries(current).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            foreach (var name in entries)
            {
                var path = Path.Combine(current, name!);
                if (Directory.Exists(path))
                {
                    Walk(path);
                }
                else if (name!.EndsWith(".json", StringComparison.Ordinal))
                {
                    files.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
                }
            }
        }
    }

    /// <summary>The cases of <c>cases/{file}</c>: <c>{ "cases": [...] }</c> or a bare array.</summary>
    public static IReadOnlyList<ConformanceCase> ReadCases(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Cases, file)));
        var cases = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("cases");
        return [.. cases.EnumerateArray().Select(ConformanceCase.FromJson)];
    }

    /// <summary>graphql-js's outcomes of <c>cases/{file}</c>, committed as <c>expected/{file}</c>.</summary>
    public static IReadOnlyList<JsonObject> ReadExpected(string file) =>
        [.. JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Expected, file)))!.AsArray().Select(o => o!.AsObject())];

    public static string Format(IReadOnlyList<JsonNode> outcomes) =>
        outcomes.Count == 0 ? "[]\n" : "[\n" + string.Join(",\n", outcomes.Select(ToCompactJson)) + "\n]\n";

    public static string ToCompactJson(JsonNode? node) => node?.ToJsonString(Compact) ?? "null";
}
