using Dbs.GraphQL.Execution;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class RequestServicesTests
{
    [Fact]
    public async Task Resolvers_get_the_services_and_context_data_of_their_own_request()
    {
        var schema = Run.Schema("type Query { who: String where: [String!]! }", builder => builder
            .AddResolver("Query", "who", context =>
            {
                context.ContextData["seen"] = true;
                return context.Service<Caller>().Name + " " + context.ContextData["tenant"];
            })
            .AddResolver("Query", "where", context =>
                new[] { context.Path().Single().ToString()!, context.FieldNodes().Single().Name.Value, context.ContextData["seen"]!.ToString()! }));
        var executor = new RequestExecutor(schema);
        var first = executor.ExecuteAsync(Request("ada", "101"));
        var second = executor.ExecuteAsync(Request("bob", "202"));
        using var a = await first;
        using var b = await second;
        Assert.Equal(Run.Expect("{'data':{'who':'ada 101','where':['where','where','True']}}"), a.ToJson());
        Assert.Equal(Run.Expect("{'data':{'who':'bob 202','where':['where','where','True']}}"), b.ToJson());
    }

    [Fact]
    public async Task A_missing_service_is_a_field_error()
    {
        var schema = Run.Schema("type Query { who: String }", builder => builder.AddResolver("Query", "who", context => context.Service<Caller>().Name));
        var json = await Run.Json(schema, "{ who }", options: new RequestExecutorOptions { IncludeExceptionDetails = true });
        Assert.Contains("No service of type", json, StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"who\":null}", json, StringComparison.Ordinal);
    }

    private static OperationRequest Request(string caller, string tenant) => new()
    {
        Query = "{ who where }",
        Services = new Services(new Caller(caller)),
        ContextData = new Dictionary<string, object?> { ["tenant"] = tenant },
    };

    private sealed record Caller(string Name);

    private sealed class Services(Caller caller) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(Caller) ? caller : null;
    }
}
