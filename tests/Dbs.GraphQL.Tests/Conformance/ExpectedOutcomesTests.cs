namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>The committed outcomes the other conformance tests compare with are graphql-js's own, freshly computed.</summary>
public sealed class ExpectedOutcomesTests
{
    [Fact]
    public async Task The_committed_expected_outcomes_are_what_graphql_js_gives_today()
    {
        var run = await NodeScript.RunAsync("reference.mjs", "--check");

        Assert.True(run.ExitCode == 0, $"node reference.mjs --check failed: {run.Describe()}");
    }

    [Fact]
    public async Task The_committed_generated_cases_are_what_the_seeded_generator_writes()
    {
        var run = await NodeScript.RunAsync("generate.mjs", "--check");

        Assert.True(run.ExitCode == 0, $"node generate.mjs --check failed: {run.Describe()}");
    }
}
