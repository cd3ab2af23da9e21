using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// The schemas of the round-trip checks by the names <c>introspection-roundtrip.mjs</c> knows them, built as
/// graphql-js's <c>buildSchema</c> builds them: by <see cref="AstSchemaBuilder.BuildAstSchema"/> without scalar
/// implementations (the <see cref="SchemaBuilder"/> implements GitHub's <c>Date</c> and <c>DateTime</c> with its own
/// scalars, which add specifiedBy URLs the SDL does not have).
/// </summary>
internal static class ConformanceSchemas
{
    public static TheoryData<string> Names => ["validation", "execution", "github", "bench"];

    public static string PathOf(string name) => name switch
    {
        "validation" or "execution" => Path.Combine(RepositoryPaths.Schemas, name + ".graphql"),
        "github" => RepositoryPaths.GithubSchema,
        "bench" => RepositoryPaths.BenchSchema,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a schema of the round-trip checks."),
    };

    public static string ReadSdl(string name)
    {
        var path = PathOf(name);
        Assert.True(File.Exists(path), name == "github"
            ? $"GitHub's schema comes with the npm packages: run `npm ci` in tests/conformance ({path} is missing)."
            : $"The schema {path} is missing.");
        return File.ReadAllText(path);
    }

    public static Schema Build(string name) => AstSchemaBuilder.BuildAstSchema(Parser.Parse(ReadSdl(name)));
}
