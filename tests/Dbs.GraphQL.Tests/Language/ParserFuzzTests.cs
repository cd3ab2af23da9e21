using System.Diagnostics;
using System.Text;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

public sealed class ParserFuzzTests
{
    private const int Documents = 6_000;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private static readonly ParserOptions WithoutLocations = new() { NoLocation = true };

    [Fact]
    public void Parses_random_and_mutated_documents_without_throwing_anything_but_syntax_errors()
    {
        var documents = new RandomDocuments(seed: 20251101);
        var clock = Stopwatch.StartNew();
        var parsed = 0;
        var rejected = 0;
        for (var i = 0; i < Documents; i++)
        {
            var text = documents.Next();
            var fromString = Outcome(() => Parser.Parse(text));
            var fromBytes = Outcome(() => Parser.Parse(Encoding.UTF8.GetBytes(text).AsSpan(), WithoutLocations));

            if (fromString.Document is { } document)
            {
                parsed++;
                // Definitions one by one: like graphql-js, the printer writes an anonymous query as a bare
                // selection set, which would read as the body of an extension printed just before it.
                foreach (var definition in document.Definitions)
                {
                    var printed = Printer.Print(definition);
                    var reparsed = Parser.Parse(printed, WithoutLocations);
                    Assert.Equal(printed, Printer.Print(reparsed));
                }
            }
            else
            {
                rejected++;
                Assert.StartsWith("Syntax Error: ", fromString.Error!.Message, StringComparison.Ordinal);
                Assert.Single(fromString.Error.Locations!);
            }

            // A lone surrogate only survives in a string; UTF-8 cannot carry it, so only compare the rest.
            if (HasOnlyPairs(text))
            {
                Assert.Equal(fromString.Error?.Message is null, fromBytes.Error?.Message is null);
            }

            Assert.True(clock.Elapsed < TimeLimit, $"Fuzzing took longer than {TimeLimit} after {i} documents.");
        }

        Assert.True(parsed > Documents / 10, $"Only {parsed} documents parsed.");
        Assert.True(rejected > Documents / 10, $"Only {rejected} documents rejected.");
    }

    [Fact]
    public void Gives_the_same_result_for_a_document_as_string_and_as_UTF_8()
    {
        var documents = new RandomDocuments(seed: 7);
        for (var i = 0; i < 2_000; i++)
        {
            var text = documents.Next();
            if (!HasOnlyPairs(text))
            {
                continue;
            }

            var fromString = Outcome(() => Parser.Parse(text));
            var fromBytes = Outcome(() => Parser.Parse(Encoding.UTF8.GetBytes(text).AsMemory()));

            Assert.Equal(fromString.Error?.Message, fromBytes.Error?.Message);
            Assert.Equal(fromString.Error?.Locations, fromBytes.Error?.Locations);
            if (fromString.Document is not null)
            {
                Assert.Equal(AstDump.Of(fromString.Document), AstDump.Of(fromBytes.Document!));
            }
        }
    }

    private static bool HasOnlyPairs(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static (DocumentNode? Document, GraphQLError? Error) Outcome(Func<DocumentNode> parse)
    {
        try
        {
            return (parse(), null);
        }
        catch (GraphQLError error)
        {
            return (null, error);
        }
    }
}
