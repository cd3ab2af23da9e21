using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>What the fuzzer feeds documents to: the parser with its default limits (as for any client's request).</summary>
internal static class FuzzTargets
{
    private static readonly ParserOptions WithoutLocations = new() { NoLocation = true };

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
