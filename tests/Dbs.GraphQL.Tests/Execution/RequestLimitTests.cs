using Dbs.GraphQL.Execution;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class RequestLimitTests
{
    private static readonly Dbs.GraphQL.Types.Schema Schema = Run.Schema("type Query { a: Int n: N } type N { a: Int n: N }");

    [Fact]
    public async Task Rejects_an_operation_deeper_than_allowed_counting_through_fragments()
    {
        var options = new RequestExecutorOptions { MaxExecutionDepth = 3 };
        var ok = await Run.Json(Schema, "{ n { n { a } } }", Run.Map(("n", null)), options: options);
        var deep = await Run.Json(Schema, "{ n { ...F } } fragment F on N { n { n { a } } }", options: options);
        Assert.Equal(Run.Expect("{'data':{'n':null}}"), ok);
        Assert.Equal(Run.Expect("{'errors':[{'message':'The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.','locations':[{'line':1,'column':1}],'extensions':{'code':'MAX_EXECUTION_DEPTH_EXCEEDED'}}]}"), deep);
    }

    [Fact]
    public async Task Counts_fields_and_aliases_wherever_a_fragment_is_spread()
    {
        // Each level doubles: 2 + 4 + 8 + ... fields without the document growing.
        const string query = """
            { n { ...F1 } }
            fragment F1 on N { x: n { ...F2 } y: n { ...F2 } }
            fragment F2 on N { x: n { ...F3 } y: n { ...F3 } }
            fragment F3 on N { a b: a }
            """;
        var within = await Run.Json(Schema, query, options: new RequestExecutorOptions { MaxFieldCount = 15, MaxAliasCount = 10 });
        var fields = await Run.Json(Schema, query, options: new RequestExecutorOptions { MaxFieldCount = 14 });
        var aliases = await Run.Json(Schema, query, options: new RequestExecutorOptions { MaxAliasCount = 9 });
        Assert.Equal(Run.Expect("{'data':{'n':null}}"), within);
        Assert.Equal(Run.Expect("{'errors':[{'message':'The GraphQL document selects 15 fields which exceeds the max allowed field count of 14.','locations':[{'line':1,'column':1}],'extensions':{'code':'MAX_FIELDS_EXCEEDED'}}]}"), fields);
        Assert.Equal(Run.Expect("{'errors':[{'message':'The GraphQL document uses 10 aliases which exceeds the max allowed alias count of 9.','locations':[{'line':1,'column':1}],'extensions':{'code':'MAX_ALIASES_EXCEEDED'}}]}"), aliases);
    }

    [Fact]
    public async Task Refuses_a_location_with_more_directives_than_allowed_before_validating()
    {
        var options = new RequestExecutorOptions { MaxDirectivesPerLocation = 2 };
        var repeated = "{ a " + string.Concat(Enumerable.Repeat("@include(if: true) ", 500)) + "}";

        var ok = await Run.Json(Schema, "{ a @include(if: true) @skip(if: false) }", options: options);
        var many = await Run.Json(Schema, repeated, options: options);
        var onFragment = await Run.Json(Schema, "{ ...F } fragment F on Query @a @b @c { a }", options: options);

        Assert.Equal(Run.Expect("{'data':{'a':null}}"), ok);
        Assert.Equal(Run.Expect("{'errors':[{'message':'The GraphQL document has 500 directives in one location, more than the 2 allowed.','locations':[{'line':1,'column':43}],'extensions':{'code':'MAX_DIRECTIVES_PER_LOCATION_EXCEEDED'}}]}"), many);
        Assert.Contains("MAX_DIRECTIVES_PER_LOCATION_EXCEEDED", onFragment, StringComparison.Ordinal);
    }

    [Fact]
    public void Tells_an_operations_type_from_the_cached_document_without_parsing_it_again()
    {
        var executor = new RequestExecutor(Run.Schema("type Query { a: Int } type Mutation { b: Int }"));
        const string document = "query Q { a } mutation M { b }";

        Assert.Equal(Dbs.GraphQL.Language.OperationType.Query, executor.GetOperationType(document, "Q"));
        Assert.Equal(Dbs.GraphQL.Language.OperationType.Mutation, executor.GetOperationType(document, "M"));
        Assert.Null(executor.GetOperationType(document));
        Assert.Null(executor.GetOperationType("{ nope }"));
        Assert.Null(executor.GetOperationType("{"));
        Assert.Equal((3L, 2L), (executor.DocumentCache.Misses, executor.DocumentCache.Hits));
    }
}
