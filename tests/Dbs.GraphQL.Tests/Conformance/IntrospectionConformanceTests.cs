using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

public sealed class IntrospectionConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public Task Answers_every_introspection_case_as_graphql_js_does() =>
        ConformanceArea.RunAsync("introspection", ["introspection.json"], output);
}
