using Dbs.GraphQL.Language;
using Dbs.GraphQL.Tests.Conformance;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>The seeds of the fuzzer: every document of the conformance cases, the conformance schemas' SDL and the validation schema.</summary>
internal static class FuzzCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> LazyDocuments = new(Load);
    private static readonly Lazy<Schema> LazyValidationSchema = new(() => AstSchemaBuilder.BuildAstSchema(Parser.Parse(
        File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "validation.graphql")))));

    public static IReadOnlyList<string> Documents => LazyDocuments.Value;

    /// <summary>The schema the validation cases run against; fuzzed documents are validated against it too.</summary>
    public static Schema ValidationSchema => LazyValidationSchema.Value;

    /// <summary>The names the validation schema defines: types, fields, arguments, enum values, input fields.</summary>
    public static IReadOnlyList<string> ValidationSchemaNames() =>
    [
        .. ValidationSchema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).SelectMany(NamesOf)
            .Distinct(StringComparer.Ordinal),
    ];

    private static IEnumerable<string> NamesOf(GraphQLNamedType type)
    {
        yield return type.Name;
        var names = type switch
        {
            ComplexOutputType complex => complex.Fields.ToArray().SelectMany(f => f.Arguments.Names.Prepend(f.Name)),
            EnumType enumType => enumType.Values.Names,
            InputObjectType input => input.Fields.Names,
            _ => [],
        };
        foreach (var name in names)
        {
            yield return name;
        }
    }

    private static List<string> Load()
    {
        var documents = CaseFiles.List().SelectMany(CaseFiles.ReadCases).Select(c => c.Document).Distinct(StringComparer.Ordinal).ToList();
        documents.AddRange(Directory.GetFiles(RepositoryPaths.Schemas, "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        return documents;
    }
}
