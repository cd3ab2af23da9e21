using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

public sealed class ParseConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public Task Parses_and_prints_every_parse_case_as_graphql_js_does() =>
        ConformanceArea.RunAsync("parse", ["parse.json"], output);
}
