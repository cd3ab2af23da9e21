using System.Text.Json;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

/// <summary>Runs documents through a real <see cref="RequestExecutor"/> and compares compact JSON responses.</summary>
internal static class Run
{
    public static Schema Schema(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.New().AddDocumentFromString(sdl);
        configure?.Invoke(builder);
        return builder.Create();
    }

    public static async Task<string> Json(Schema schema, string query, object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null, RequestExecutorOptions? options = null,
        string? operationName = null)
    {
        var executor = new RequestExecutor(schema, options);
        using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = query,
            RootValue = root,
            Variables = variables,
            OperationName = operationName,
        });
        return result.ToJson();
    }

    /// <summary>Expected JSON written readably (single quotes allowed), as compact text with key order kept.</summary>
    public static string Expect(string json)
    {
        using var document = JsonDocument.Parse(json.Replace('\'', '"'));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResult.JsonWriterOptions))
        {
            document.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
