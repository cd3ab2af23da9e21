using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// The engine prints and introspects the conformance schemas, GitHub's public schema and the benchmark schema exactly
/// as graphql-js sees them.
/// </summary>
public sealed class SchemaRoundTripTests
{
    [Theory]
    [MemberData(nameof(ConformanceSchemas.Names), MemberType = typeof(ConformanceSchemas))]
    public async Task Prints_the_schema_as_graphql_js_prints_it(string name)
    {
        var printed = SchemaPrinter.PrintSchema(ConformanceSchemas.Build(name)) + "\n";

        var reference = await NodeScript.RunAsync("introspection-roundtrip.mjs", "--print", ConformanceSchemas.PathOf(name));

        Assert.True(reference.ExitCode == 0, reference.Describe());
        Assert.True(reference.Output == printed,
            $"printSchema of the {name} schema differs from graphql-js's ({TextDiff.FirstDifference(reference.Output, printed)})");
    }

    [Theory]
    [MemberData(nameof(ConformanceSchemas.Names), MemberType = typeof(ConformanceSchemas))]
    public async Task Answers_the_introspection_query_so_that_graphql_js_rebuilds_the_same_schema(string name)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Conformance, "introspection-query.graphql"));
        using var result = await new RequestExecutor(ConformanceSchemas.Build(name)).ExecuteAsync(new OperationRequest { Query = query });
        var file = Path.Combine(Path.GetTempPath(), $"dbs-introspection-{name}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, result.ToJson());
        try
        {
            var check = await NodeScript.RunAsync("introspection-roundtrip.mjs", ConformanceSchemas.PathOf(name), file);

            Assert.True(check is { ExitCode: 0, Output: "equal\n" }, $"The {name} schema does not survive the round trip: {check.Describe()}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
