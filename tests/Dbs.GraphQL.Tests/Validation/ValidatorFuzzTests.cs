using System.Diagnostics;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Tests.Language;
using Dbs.GraphQL.Validation;

namespace Dbs.GraphQL.Tests.Validation;

public sealed class ValidatorFuzzTests
{
    private const int Documents = 3_000;

    // Generous: a hang or an exponential blow-up would take far longer, a busy machine not.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public void Validates_thousands_of_random_operations_over_the_test_schema_without_throwing()
    {
        var documents = new RandomOperations(seed: 20260115);
        var clock = Stopwatch.StartNew();
        var kindsOfError = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Documents; i++)
        {
            var text = documents.Next();
            var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(text));

            AssertWellFormed(errors, text);
            foreach (var error in errors)
            {
                kindsOfError.Add(string.Join(' ', error.Message.Split(' ').Take(3)));
            }
        }

        // Most rules must have had something to say, or the documents are too tame to prove anything.
        Assert.True(kindsOfError.Count > 40, string.Join("\n", kindsOfError));
        Assert.True(clock.Elapsed < TimeLimit, $"took {clock.Elapsed}");
    }

    [Fact]
    public void Validates_every_random_document_the_parser_accepts_without_throwing()
    {
        var documents = new RandomDocuments(seed: 20260116);
        var clock = Stopwatch.StartNew();
        var validated = 0;
        for (var i = 0; i < Documents; i++)
        {
            var text = documents.Next();
            DocumentNode document;
            try
            {
                document = Parser.Parse(text);
            }
            catch (GraphQLError)
            {
                continue;
            }

            AssertWellFormed(DocumentValidator.Validate(ValidationTestSchema.Schema, document), text);
            validated++;
        }

        Assert.True(validated > 500, $"only {validated} documents parsed");
        Assert.True(clock.Elapsed < TimeLimit, $"took {clock.Elapsed}");
    }

    private static void AssertWellFormed(IReadOnlyList<GraphQLError> errors, string document)
    {
        Assert.True(errors.Count <= 101, document);
        foreach (var error in errors)
        {
            Assert.False(string.IsNullOrEmpty(error.Message), document);
            Assert.True(error.Locations is not null || error.Message.EndsWith("Validation aborted.", StringComparison.Ordinal),
                $"{error.Message} has no location in {document}");
        }
    }
}
