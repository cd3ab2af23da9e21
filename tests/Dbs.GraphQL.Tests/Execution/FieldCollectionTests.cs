using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class FieldCollectionTests
{
    private const string Query = """
        query($yes: Boolean!, $no: Boolean = false) {
          a @skip(if: $yes) b @include(if: $yes)
          c { x ... @include(if: $no) { y } ...F @skip(if: false) }
          alias: a
          c { z x }
        }
        fragment F on C { z @skip(if: true) y }
        """;

    private static readonly Schema Schema = Run.Schema("type Query { a: Int b: Int c: C } type C { x: Int y: Int z: Int }");
    private static readonly Dictionary<string, object?> Root = Run.Map(("a", 1), ("b", 2), ("c", Run.Map(("x", 1), ("y", 2), ("z", 3))));

    [Fact]
    public async Task Merges_fields_of_fragments_and_repeated_selections_in_first_occurrence_order()
    {
        var json = await Run.Json(Schema, Query, Root, Run.Map(("yes", true)));
        Assert.Equal(Run.Expect("{'data':{'b':2,'c':{'x':1,'y':2,'z':3},'alias':1}}"), json);
    }

    [Fact]
    public async Task Skip_and_include_follow_the_variables_of_each_request_with_one_cached_document()
    {
        var executor = new RequestExecutor(Schema);
        using var yes = await executor.ExecuteAsync(new OperationRequest { Query = Query, RootValue = Root, Variables = Run.Map(("yes", true)) });
        using var no = await executor.ExecuteAsync(new OperationRequest { Query = Query, RootValue = Root, Variables = Run.Map(("yes", false), ("no", true)) });
        using var yesAgain = await executor.ExecuteAsync(new OperationRequest { Query = Query, RootValue = Root, Variables = Run.Map(("yes", true)) });
        Assert.Equal(Run.Expect("{'data':{'b':2,'c':{'x':1,'y':2,'z':3},'alias':1}}"), yes.ToJson());
        Assert.Equal(Run.Expect("{'data':{'a':1,'c':{'x':1,'y':2,'z':3},'alias':1}}"), no.ToJson());
        Assert.Equal(yes.ToJson(), yesAgain.ToJson());
        Assert.Equal(1, executor.DocumentCache.Misses);
        Assert.Equal(2, executor.DocumentCache.Hits);
    }

    [Fact]
    public async Task Skip_wins_over_include_on_the_same_selection()
    {
        var json = await Run.Json(Schema, "{ a @skip(if: true) @include(if: true) b @include(if: true) @skip(if: false) }", Root);
        Assert.Equal(Run.Expect("{'data':{'b':2}}"), json);
    }

    [Fact]
    public async Task Inline_fragments_without_type_condition_and_spreads_on_the_same_type_apply()
    {
        var json = await Run.Json(Schema, "{ ... { a } ...Q c { ... on C { x } } } fragment Q on Query { b }", Root);
        Assert.Equal(Run.Expect("{'data':{'a':1,'b':2,'c':{'x':1}}}"), json);
    }

    [Fact]
    public async Task Typename_names_the_object_type_at_every_level()
    {
        var json = await Run.Json(Schema, "{ __typename c { __typename t: __typename } }", Root);
        Assert.Equal(Run.Expect("{'data':{'__typename':'Query','c':{'__typename':'C','t':'C'}}}"), json);
    }

    [Fact]
    public async Task A_long_chain_of_fragment_spreads_is_collected_without_exhausting_the_stack()
    {
        var fragments = string.Concat(Enumerable.Range(0, 5000).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}\n"));
        var query = "{ ...F0 }\n" + fragments + "fragment F5000 on Query { a }";
        var executor = new RequestExecutor(Schema);
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, RootValue = Root });
        Assert.Equal(Run.Expect("{'data':{'a':1}}"), result.ToJson());
    }

    [Fact]
    public async Task A_null_condition_fails_the_selection_set_it_is_collected_in()
    {
        var schema = Run.Schema("type Query { a: Int o: O } type O { b: Int }");
        var root = Run.Map(("a", 1), ("o", Run.Map(("b", 2))));
        var options = new RequestExecutorOptions { IncludeErrorCodes = false };
        var atRoot = await Run.Json(schema, "query($v: Boolean = true) { a @include(if: $v) }", root, Run.Map(("v", null)), options);
        var inside = await Run.Json(schema, "query($v: Boolean = true) { a o { b @include(if: $v) } }", root, Run.Map(("v", null)), options);
        Assert.Equal(Run.Expect("{'errors':[{'message':'Argument \\u0022if\\u0022 of non-null type \\u0022Boolean!\\u0022 must not be null.','locations':[{'line':1,'column':44}]}],'data':null}"), atRoot);
        Assert.Equal(Run.Expect("{'errors':[{'message':'Argument \\u0022if\\u0022 of non-null type \\u0022Boolean!\\u0022 must not be null.','locations':[{'line':1,'column':50}],'path':['o']}],'data':{'a':1,'o':null}}"), inside);
    }

    [Fact]
    public async Task Concurrent_requests_share_compiled_plans_safely()
    {
        var schema = Run.Schema("type Query { items(n: Int!): [Item!]! } type Item { id: Int! twice: Int! }", builder => builder
            .AddResolver("Query", "items", async context =>
            {
                await Task.Yield();
                return Enumerable.Range(0, context.ArgumentValue<int>("n")).ToArray();
            })
            .AddResolver("Item", "id", context => context.Parent)
            .AddResolver("Item", "twice", async context =>
            {
                await Task.Yield();
                return (int)context.Parent! * 2;
            }));
        var executor = new RequestExecutor(schema);
        var runs = Enumerable.Range(0, 40).Select(async i =>
        {
            using var result = await executor.ExecuteAsync(new OperationRequest
            {
                Query = "query($n: Int!, $t: Boolean!) { items(n: $n) { id twice @include(if: $t) } }",
                Variables = Run.Map(("n", i % 7), ("t", i % 2 == 0)),
            });
            var expected = "{\"data\":{\"items\":[" + string.Join(",", Enumerable.Range(0, i % 7)
                .Select(k => i % 2 == 0 ? $"{{\"id\":{k},\"twice\":{k * 2}}}" : $"{{\"id\":{k}}}")) + "]}}";
            Assert.Equal(expected, result.ToJson());
        });
        await Task.WhenAll(runs);
        Assert.Equal(1, executor.DocumentCache.Misses);
    }
}
