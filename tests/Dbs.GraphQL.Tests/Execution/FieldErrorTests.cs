using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class FieldErrorTests
{
    private static Schema Throwing() => Run.Schema("type Query { a: Int b: Int! }", builder => builder
        .AddResolver("Query", "a", _ => throw new InvalidOperationException("boom"))
        .AddResolver("Query", "b", _ => throw new InvalidOperationException("bang")));

    [Fact]
    public async Task Hides_unexpected_exception_messages_by_default()
    {
        var executor = new RequestExecutor(Throwing());
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = "{ a }" });
        Assert.Equal(Run.Expect("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['a']}],'data':{'a':null}}"), result.ToJson());
        Assert.Equal("boom", Assert.Single(result.Errors).OriginalError!.Message);
    }

    [Fact]
    public async Task Shows_exception_messages_as_graphql_js_does_when_enabled()
    {
        var json = await Run.Json(Throwing(), "{ a b }", options: new RequestExecutorOptions { IncludeExceptionDetails = true });
        Assert.Equal(Run.Expect("""
            {'errors':[
              {'message':'boom','locations':[{'line':1,'column':3}],'path':['a']},
              {'message':'bang','locations':[{'line':1,'column':5}],'path':['b']}],
             'data':null}
            """), json);
    }

    [Fact]
    public async Task Keeps_the_message_and_extensions_of_a_graphql_error_thrown_by_a_resolver()
    {
        var schema = Run.Schema("type Query { secret: String }", builder => builder.AddResolver("Query", "secret", _ =>
            throw new GraphQLError("Not allowed.", extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotAuthorized })));
        var json = await Run.Json(schema, "{ secret }");
        Assert.Equal(Run.Expect("{'errors':[{'message':'Not allowed.','locations':[{'line':1,'column':3}],'path':['secret'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'secret':null}}"), json);
    }

    [Fact]
    public async Task Reports_leaf_and_list_completion_errors_at_their_item_paths()
    {
        var schema = Run.Schema("type Query { a: Int c: [Int] s: [Int] o: O } type O { v: Int }");
        var root = Run.Map(("a", 1.5), ("c", new object[] { 1, "x", 3 }), ("s", "abc"), ("o", 5));
        var json = await Run.Json(schema, "{ a c s o { v } }", root);
        Assert.Equal(Run.Expect("""
            {'errors':[
              {'message':'Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':3}],'path':['a']},
              {'message':'Int cannot represent non-integer value: \u0022x\u0022','locations':[{'line':1,'column':5}],'path':['c',1]},
              {'message':'Expected Iterable, but did not find one for field \u0022Query.s\u0022.','locations':[{'line':1,'column':7}],'path':['s']}],
             'data':{'a':null,'c':[1,null,3],'s':null,'o':{'v':null}}}
            """), json);
    }

    [Fact]
    public async Task Locates_an_error_of_a_merged_field_at_every_occurrence()
    {
        var json = await Run.Json(Throwing(), "{ a ... on Query { a } }", options: new RequestExecutorOptions { IncludeExceptionDetails = true });
        Assert.Equal(Run.Expect("{'errors':[{'message':'boom','locations':[{'line':1,'column':3},{'line':1,'column':20}],'path':['a']}],'data':{'a':null}}"), json);
    }

    [Fact]
    public async Task Reports_an_asynchronous_failure_like_a_synchronous_one()
    {
        var schema = Run.Schema("type Query { items: [Item] } type Item { id: Int name: String }", builder => builder
            .AddResolver("Query", "items", _ => new[] { 1, 2 })
            .AddResolver("Item", "id", context => context.Parent)
            .AddResolver("Item", "name", async context =>
            {
                await Task.Yield();
                return (int)context.Parent! == 2 ? throw new GraphQLError("No name for 2.") : "one";
            }));
        var json = await Run.Json(schema, "{ items { id name } }");
        Assert.Equal(Run.Expect("""
            {'errors':[{'message':'No name for 2.','locations':[{'line':1,'column':14}],'path':['items',1,'name']}],
             'data':{'items':[{'id':1,'name':'one'},{'id':2,'name':null}]}}
            """), json);
    }

    [Fact]
    public async Task An_exception_returned_as_a_value_fails_its_list_item_as_in_graphql_js()
    {
        var schema = Run.Schema("type Query { items: [Int] strict: [Int!] }");
        var root = Run.Map(("items", new object[] { 1, new InvalidOperationException("bad item") }), ("strict", new object[] { new GraphQLError("bad") }));
        var json = await Run.Json(schema, "{ items strict }", root, options: new RequestExecutorOptions { IncludeExceptionDetails = true });
        Assert.Equal(Run.Expect("""
            {'errors':[
              {'message':'bad item','locations':[{'line':1,'column':3}],'path':['items',1]},
              {'message':'bad','locations':[{'line':1,'column':9}],'path':['strict',0]}],
             'data':{'items':[1,null],'strict':null}}
            """), json);
    }
}
