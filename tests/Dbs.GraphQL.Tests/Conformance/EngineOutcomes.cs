using System.Text.Json.Nodes;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Validation;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// The engine's outcome of a case in the JSON shape <c>reference.mjs</c> gives graphql-js's (see the README's "Outcome
/// format"). An exception other than a <see cref="GraphQLError"/> is an engine bug; it becomes an outcome naming it,
/// so that one case cannot hide the others.
/// </summary>
internal static class EngineOutcomes
{
    public static async Task<JsonObject> OfAsync(ConformanceCase testCase)
    {
        Func<ConformanceCase, Task<JsonObject>> run = testCase.Mode switch
        {
            "parse" => c => Task.FromResult(Parse(c)),
            "validate" => c => Task.FromResult(Validate(c)),
            "execute" => ExecuteAsync,
            _ => throw new NotSupportedException($"Mode \"{testCase.Mode}\" of {testCase.Id} is not run by this harness."),
        };
        try
        {
            return await run(testCase);
        }
        catch (Exception exception)
        {
            return new JsonObject { ["id"] = testCase.Id, ["exception"] = $"{exception.GetType().Name}: {exception.Message}" };
        }
    }

    private static JsonObject Parse(ConformanceCase testCase)
    {
        try
        {
            return new JsonObject { ["id"] = testCase.Id, ["printed"] = Printer.Print(Parser.Parse(testCase.Document)) };
        }
        catch (GraphQLError error)
        {
            return new JsonObject { ["id"] = testCase.Id, ["errors"] = new JsonArray(ErrorJson(error)) };
        }
    }

    private static JsonObject Validate(ConformanceCase testCase)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(testCase.Document);
        }
        catch (GraphQLError error)
        {
            return new JsonObject { ["id"] = testCase.Id, ["errors"] = new JsonArray(ErrorJson(error)) };
        }

        var errors = DocumentValidator.Validate(CaseSchemas.ForValidation(testCase.Schema!), document);
        return new JsonObject { ["id"] = testCase.Id, ["errors"] = new JsonArray([.. errors.Select(ErrorJson)]) };
    }

    // graphql() of graphql-js: the response as the engine writes it to a client.
    private static async Task<JsonObject> ExecuteAsync(ConformanceCase testCase)
    {
        var request = new OperationRequest
        {
            Query = testCase.Document,
            OperationName = testCase.OperationName,
            VariablesJson = testCase.Variables,
            RootValue = testCase.Root is { } root ? CaseData.From(root) : new Dictionary<string, object?>(StringComparer.Ordinal),
        };
        using var result = await DataDrivenSchema.ExecutorFor(testCase.Schema!).ExecuteAsync(request);
        return new JsonObject { ["id"] = testCase.Id, ["response"] = JsonNode.Parse(result.ToJson()) };
    }

    /// <summary>graphql-js's <c>GraphQLError.toJSON()</c>: message, then locations and path when present.</summary>
    public static JsonObject ErrorJson(GraphQLError error) => (JsonObject)ResultJson.From(error.ToDictionary())!;
}
