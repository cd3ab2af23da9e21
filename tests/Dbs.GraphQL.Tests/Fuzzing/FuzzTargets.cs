using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Validation;

namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>
/// What the fuzzer feeds documents to: the parser with its default limits (as for any client's request) and, when a
/// document parses, the validator with graphql-js's specified rules against the validation schema.
/// </summary>
internal static class FuzzTargets
{
    private static readonly ParserOptions WithoutLocations = new() { NoLocation = true };

    /// <summary>
    /// Parses and validates the document. Syntax errors and validation errors are fine outcomes; any exception
    /// escapes to the harness, except a syntax error from the parser.
    /// </summary>
    public static void ParseAndValidate(FuzzInput input)
    {
        if (Parse(input) is { } document)
        {
            DocumentValidator.Validate(FuzzCorpus.ValidationSchema, document);
        }
    }

    /// <summary>Parses the document; a syntax error is a fine outcome, any other exception escapes to the harness.</summary>
    public static DocumentNode? Parse(FuzzInput input)
    {
        try
        {
            if (input.Utf8 is { } bytes)
            {
                // Both UTF-8 paths: with locations the bytes are copied into a source, without they are lexed in place.
                try
                {
                    Parser.Parse(bytes.AsSpan(), WithoutLocations);
                }
                catch (GraphQLError)
                {
                }

                return Parser.Parse(bytes.AsSpan());
            }

            return Parser.Parse(input.Text!);
        }
        catch (GraphQLError)
        {
            return null;
        }
    }
}
