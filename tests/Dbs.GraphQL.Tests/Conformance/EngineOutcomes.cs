using System.Text.Json.Nodes;
using Dbs.GraphQL.Errors;
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
    public static JsonObject Of(ConformanceCase testCase)
    {
        Func<ConformanceCase, JsonObject> run = testCase.Mode switch
        {
            "parse" => Parse,
            "validate" => Validate,
            _ => throw new NotSupportedException($"Mode \"{testCase.Mode}\" of {testCase.Id} is not run by this harness."),
        };
        try
        {
            return run(testCase);
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

    /// <summary>graphql-js's <c>GraphQLError.toJSON()</c>: message, then locations and path when present.</summary>
    public static JsonObject ErrorJson(GraphQLError error) => (JsonObject)ResultJson.From(error.ToDictionary())!;
}
