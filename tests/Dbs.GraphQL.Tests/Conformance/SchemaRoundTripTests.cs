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
}
