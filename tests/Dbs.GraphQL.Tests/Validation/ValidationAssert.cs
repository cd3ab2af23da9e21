using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Validation;

namespace Dbs.GraphQL.Tests.Validation;

/// <summary>
/// Runs rules over a document and compares the errors, each written as its message followed by its locations
/// (<c>message @ line:column, line:column</c>), in order. Expected errors are graphql-js 16.15's.
/// </summary>
internal static class ValidationAssert
{
    public static IReadOnlyList<string> ErrorsOf(ValidationRule rule, string document, Schema? schema = null,
        ValidationOptions? options = null) =>
        Describe(DocumentValidator.Validate(schema ?? ValidationTestSchema.Schema, Parser.Parse(document), [rule], options));

    public static IReadOnlyList<string> ErrorsOfAllRules(string document, Schema? schema = null, ValidationOptions? options = null) =>
        Describe(DocumentValidator.Validate(schema ?? ValidationTestSchema.Schema, Parser.Parse(document), options: options));

    public static void Valid(ValidationRule rule, string document, Schema? schema = null) =>
        Assert.Empty(ErrorsOf(rule, document, schema));

    public static void Invalid(ValidationRule rule, string document, params string[] expected) =>
        Assert.Equal(expected, ErrorsOf(rule, document));

    public static IReadOnlyList<string> Describe(IEnumerable<GraphQLError> errors) =>
        [.. errors.Select(Describe)];

    public static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(", ", (error.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"));
}
