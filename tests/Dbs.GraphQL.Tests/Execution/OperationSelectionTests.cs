using Dbs.GraphQL.Execution;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class OperationSelectionTests
{
    private static readonly Dbs.GraphQL.Types.Schema Schema = Run.Schema("type Query { a: Int } type Mutation { b: Int }");
    private static readonly Dictionary<string, object?> Root = Run.Map(("a", 1), ("b", 2));

    [Fact]
    public async Task Runs_the_only_operation_when_no_name_is_given()
    {
        Assert.Equal(Run.Expect("{'data':{'a':1}}"), await Run.Json(Schema, "query One { a }", Root));
    }

    [Fact]
    public async Task Runs_a_query_given_as_text()
    {
        var schema = Run.Schema("type Query { a: Int }", builder => builder.AddResolver("Query", "a", _ => 5));
        using var result = await new RequestExecutor(schema).ExecuteAsync("{ a }");
        Assert.Equal(5, result.Data!["a"]);
    }

    [Fact]
    public async Task Runs_the_named_operation()
    {
        var json = await Run.Json(Schema, "query One { a } mutation Two { b }", Root, operationName: "Two");
        Assert.Equal(Run.Expect("{'data':{'b':2}}"), json);
    }

    [Fact]
    public async Task Requires_a_name_when_the_document_has_several_operations()
    {
        var json = await Run.Json(Schema, "query One { a } query Two { a }", Root);
        Assert.Equal(Run.Expect("{'errors':[{'message':'Must provide operation name if query contains multiple operations.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"), json);
    }

    [Fact]
    public async Task Rejects_an_unknown_operation_name()
    {
        var json = await Run.Json(Schema, "query One { a }", Root, operationName: "x");
        Assert.Equal(Run.Expect("{'errors':[{'message':'Unknown operation named \\u0022x\\u0022.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"), json);
    }

    [Fact]
    public async Task Reports_a_syntax_error_with_its_location_and_code()
    {
        var json = await Run.Json(Schema, "{ a", Root);
        Assert.Equal(Run.Expect("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':4}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"), json);
    }

    [Fact]
    public async Task Reports_validation_errors_without_executing()
    {
        var json = await Run.Json(Schema, "{ a nope }", Root, options: new RequestExecutorOptions { IncludeErrorCodes = false });
        Assert.Equal(Run.Expect("{'errors':[{'message':'Cannot query field \\u0022nope\\u0022 on type \\u0022Query\\u0022.','locations':[{'line':1,'column':5}]}]}"), json);
    }

    [Fact]
    public async Task Validation_suggestions_can_be_hidden()
    {
        var shown = await Run.Json(Schema, "{ aa }", Root, options: new RequestExecutorOptions { IncludeErrorCodes = false });
        var hidden = await Run.Json(Schema, "{ aa }", Root, options: new RequestExecutorOptions { IncludeErrorCodes = false, HideSuggestions = true });
        Assert.Contains("Cannot query field \\\"aa\\\" on type \\\"Query\\\". Did you mean \\\"a\\\"?", shown, StringComparison.Ordinal);
        Assert.Contains("Cannot query field \\\"aa\\\" on type \\\"Query\\\".\"", hidden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_root_type_the_schema_lacks_with_null_data()
    {
        var json = await Run.Json(Run.Schema("type Query { a: Int }"), "subscription { a }", Root,
            options: new RequestExecutorOptions { IncludeErrorCodes = false });
        Assert.Contains("\"data\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_a_persisted_document_by_its_id()
    {
        var executor = new RequestExecutor(Schema, new RequestExecutorOptions
        {
            PersistedDocuments = new Dictionary<string, string> { ["doc-1"] = "{ a }" },
        });
        using var known = await executor.ExecuteAsync(new OperationRequest { DocumentId = "doc-1", RootValue = Root });
        using var unknown = await executor.ExecuteAsync(new OperationRequest { DocumentId = "doc-2", RootValue = Root });
        Assert.Equal(Run.Expect("{'data':{'a':1}}"), known.ToJson());
        Assert.Equal(Run.Expect("{'errors':[{'message':'The document \\u0022doc-2\\u0022 is not known.','extensions':{'code':'PERSISTED_QUERY_NOT_FOUND'}}]}"), unknown.ToJson());
    }
}
