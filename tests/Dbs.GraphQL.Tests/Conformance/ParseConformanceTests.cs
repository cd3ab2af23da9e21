using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

public sealed class ParseConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Parses_and_prints_every_parse_case_as_graphql_js_does() =>
        ConformanceArea.Run("parse", ["parse.json"], output);
}
