using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

public sealed class CoercionConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public Task Coerces_variables_arguments_and_results_in_every_coercion_case_as_graphql_js_does() =>
        ConformanceArea.RunAsync("coercion", ["coercion.json"], output);
}
