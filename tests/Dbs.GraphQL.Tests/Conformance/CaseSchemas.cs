using System.Collections.Concurrent;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>The schemas the cases name (files in <c>tests/conformance/schemas</c>), built once per test run.</summary>
internal static class CaseSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<Schema>> ForValidationCache = new(StringComparer.Ordinal);

    public static string ReadSdl(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, file));

    /// <summary>Built from the SDL alone, as graphql-js's <c>buildSchema</c> builds the schema its <c>validate</c> gets.</summary>
    public static Schema ForValidation(string file) =>
        ForValidationCache.GetOrAdd(file, name => new(() => AstSchemaBuilder.BuildAstSchema(Parser.Parse(ReadSdl(name))))).Value;
}
