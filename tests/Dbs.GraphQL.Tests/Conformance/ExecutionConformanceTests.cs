using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

public sealed class ExecutionConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public Task Executes_every_execution_case_as_graphql_js_does() =>
        ConformanceArea.RunAsync("execution", ["execution.json"], output);
}
