using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class AsyncExecutionTests
{
    [Fact]
    public async Task Completes_asynchronous_resolvers_at_every_level()
    {
        var schema = Run.Schema("type Query { items(n: Int!): [Item!]! } type Item { id: Int! children: [Item!]! }", builder => builder
            .AddResolver("Query", "items", async context =>
            {
                await Task.Yield();
                return Enumerable.Range(1, context.ArgumentValue<int>("n")).ToList();
            })
            .AddResolver("Item", "id", context => new ValueTask<object?>(context.Parent))
            .AddResolver("Item", "children", async context =>
            {
                await Task.Yield();
                var id = (int)context.Parent!;
                return id < 10 ? new[] { id * 10 } : [];
            }));
        var json = await Run.Json(schema, "{ items(n: 2) { id children { id children { id } } } }");
        Assert.Equal(Run.Expect("{'data':{'items':[{'id':1,'children':[{'id':10,'children':[]}]},{'id':2,'children':[{'id':20,'children':[]}]}]}}"), json);
    }

    [Fact]
    public async Task Passes_the_request_cancellation_to_resolvers_and_stops()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Run.Schema("type Query { wait: Int }", builder => builder.AddResolver("Query", "wait", async context =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return 1;
        }));
        var executor = new RequestExecutor(schema);
        var execution = executor.ExecuteAsync(new OperationRequest { Query = "{ wait }" }, cancellation.Token);
        await started.Task;
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
    }

    [Fact]
    public async Task A_timeout_ends_the_operation_with_one_clean_error()
    {
        var schema = Run.Schema("type Query { wait: Int }", builder => builder.AddResolver("Query", "wait", async context =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return 1;
        }));
        var json = await Run.Json(schema, "{ wait }", options: new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        Assert.Equal(Run.Expect("{'errors':[{'message':'The request exceeded the configured timeout of `00:00:00.0500000`.','extensions':{'code':'EXECUTION_TIMEOUT'}}]}"), json);
    }

    [Fact]
    public async Task A_timeout_ends_the_operation_even_when_a_resolver_ignores_the_cancellation()
    {
        var never = new TaskCompletionSource<object?>();
        var schema = Run.Schema("type Query { wait: Int }", builder => builder.AddResolver("Query", "wait", _ => new ValueTask<object?>(never.Task)));
        var json = await Run.Json(schema, "{ wait }", options: new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        Assert.Contains("EXECUTION_TIMEOUT", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_object_deeper_than_one_stack_allows_completes_from_the_queue()
    {
        var schema = Run.Schema("type Query { node: Node } type Node { depth: Int next: Node }", builder => builder
            .AddResolver("Query", "node", _ => 0)
            .AddResolver("Node", "depth", context => context.Parent)
            .AddResolver("Node", "next", context => (int)context.Parent! + 1));
        var selection = "depth";
        for (var i = 0; i < 150; i++)
        {
            selection = $"depth next {{ {selection} }}";
        }

        var executor = new RequestExecutor(schema, new RequestExecutorOptions
        {
            ParserOptions = Dbs.GraphQL.Language.ParserOptions.Default with { MaxDepth = 1000 },
        });
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = $"{{ node {{ {selection} }} }}" });
        Assert.Empty(result.Errors);
        var node = result.Data!["node"];
        for (var i = 0; i < 150; i++)
        {
            var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(node);
            Assert.Equal(i, map["depth"]);
            node = map["next"];
        }
    }
}
