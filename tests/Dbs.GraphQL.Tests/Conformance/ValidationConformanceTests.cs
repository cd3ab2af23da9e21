using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

public sealed class ValidationConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public Task Validates_every_rule_case_as_graphql_js_does() =>
        ConformanceArea.RunAsync("validation", CaseFiles.List().Where(f => f.StartsWith("validation/", StringComparison.Ordinal)), output);
}
