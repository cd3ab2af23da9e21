using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

public sealed class GeneratedConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public Task Validates_every_generated_valid_and_mutated_document_as_graphql_js_does() =>
        ConformanceArea.RunAsync("generated", ["generated.json"], output);
}
