using System.Collections.Concurrent;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class MutationTests
{
    [Fact]
    public async Task Runs_mutation_root_fields_one_after_another_with_everything_beneath_them()
    {
        var log = new ConcurrentQueue<string>();
        var counter = 0;
        var schema = Run.Schema("""
            type Query { n: Int }
            type Mutation { add(by: Int!): Result }
            type Result { value: Int details: String }
            """, builder => builder
            .AddResolver("Mutation", "add", async context =>
            {
                var by = context.ArgumentValue<int>("by");
                log.Enqueue($"start {by}");
                await Task.Delay(by == 1 ? 30 : 1, context.RequestAborted);
                counter += by;
                log.Enqueue($"end {by}");
                return counter;
            })
            .AddResolver("Result", "value", context => context.Parent)
            .AddResolver("Result", "details", async context =>
            {
                await Task.Yield();
                log.Enqueue($"details {context.Parent}");
                return $"now {context.Parent}";
            }));
        var json = await Run.Json(schema, "mutation { first: add(by: 1) { value details } second: add(by: 10) { value details } third: add(by: 100) { value } }");
        Assert.Equal(Run.Expect("{'data':{'first':{'value':1,'details':'now 1'},'second':{'value':11,'details':'now 11'},'third':{'value':111}}}"), json);
        Assert.Equal(["start 1", "end 1", "details 1", "start 10", "end 10", "details 11", "start 100", "end 100"], log);
    }

    [Fact]
    public async Task Stops_after_a_non_null_mutation_field_fails()
    {
        var calls = new List<string>();
        var schema = Run.Schema("type Query { n: Int } type Mutation { fail: Int! next: Int }", builder => builder
            .AddResolver("Mutation", "fail", _ =>
            {
                calls.Add("fail");
                return null;
            })
            .AddResolver("Mutation", "next", _ =>
            {
                calls.Add("next");
                return 1;
            }));
        var json = await Run.Json(schema, "mutation { fail next }");
        Assert.Equal(Run.Expect("{'errors':[{'message':'Cannot return null for non-nullable field Mutation.fail.','locations':[{'line':1,'column':12}],'path':['fail']}],'data':null}"), json);
        Assert.Equal(["fail"], calls);
    }
}
