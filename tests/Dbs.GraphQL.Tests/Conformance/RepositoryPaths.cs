namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// Where the conformance harness lives, found at run time: the repository root is the first folder above the test
/// binaries that holds <c>Dbs.sln</c>.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary><c>tests/conformance</c>: the node side (cases, expected outcomes, scripts).</summary>
    public static string Conformance => Path.Combine(Root, "tests", "conformance");

    public static string Cases => Path.Combine(Conformance, "cases");

    public static string Expected => Path.Combine(Conformance, "expected");

    public static string Schemas => Path.Combine(Conformance, "schemas");

    public static string NodeModules => Path.Combine(Conformance, "node_modules");

    /// <summary>GitHub's public schema, from the npm package <c>@octokit/graphql-schema</c>.</summary>
    public static string GithubSchema => Path.Combine(NodeModules, "@octokit", "graphql-schema", "schema.graphql");

    /// <summary>The schema of the shared engine benchmark, beside the repository (<c>../shared/bench/engine</c>).</summary>
    public static string BenchSchema => Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench", "engine", "schema.graphql"));

    /// <summary>Where the conformance tests leave their outcomes and summaries: beside the test binaries.</summary>
    public static string Output => Path.Combine(AppContext.BaseDirectory, "conformance");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dbs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Dbs.sln.");
    }
}
