using System.Text;
using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>
/// Random, mutated and hostile documents never make the parser throw anything but a syntax error, nor the validator
/// throw at all, nor hang either. Each test uses a fixed seed, so a failure reproduces; all runs together must finish
/// within 20 seconds (the tests of one class run one after the other).
/// </summary>
public sealed class DocumentFuzzingTests(ITestOutputHelper output)
{
    private const int Seed = 0x5EED;
    private const string SeedText = "seed 0x5EED";
    private static readonly TimeSpan TotalBudget = TimeSpan.FromSeconds(90); // hang guard; a quiet run takes a few seconds
    private static long _spentTicks;

    [Fact]
    public void Mutated_corpus_documents_fail_only_with_graphql_errors_and_never_hang()
    {
        var random = new Random(Seed);
        var corpus = FuzzCorpus.Documents;
        var mutator = new DocumentMutator(random, corpus);
        var inputs = Enumerable.Range(0, 5000).Select(_ =>
            new FuzzInput("mutated corpus document, " + SeedText, mutator.Mutate(corpus[random.Next(corpus.Count)])));

        Check("mutated", inputs);
    }

    [Fact]
    public void Random_documents_over_the_validation_schema_parse_and_validate_without_hanging()
    {
        var generator = new RandomDocumentGenerator(new Random(Seed), FuzzCorpus.ValidationSchemaNames());
        var inputs = Enumerable.Range(0, 1000).Select(_ => new FuzzInput("generated document, " + SeedText, generator.Next()));

        Check("generated", inputs);
    }

    [Fact]
    public void Random_bytes_and_invalid_utf8_fail_only_with_graphql_errors()
    {
        var random = new Random(Seed);
        // GraphQL's punctuation and a few letters, plus bytes that start, continue or break UTF-8 sequences.
        byte[] alphabet = [.. Encoding.ASCII.GetBytes("{}()[]:!$@=|&.\"\\#,\n\r\t aZ_09-+eE"), 0x00, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xFF];
        var inputs = Enumerable.Range(0, 3000).Select(_ =>
        {
            var bytes = new byte[random.Next(200)];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = random.Next(3) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            return new FuzzInput("random bytes, " + SeedText, null, bytes);
        });

        Check("bytes", inputs);
    }

    [Fact]
    public void Hostile_documents_fail_only_with_graphql_errors_and_never_hang() =>
        Check("hostile", HostileDocuments.All().SelectMany(d => new[] { d, d with { Text = null, Utf8 = Encoding.UTF8.GetBytes(d.Text!) } }));

    private void Check(string name, IEnumerable<FuzzInput> inputs)
    {
        var run = new FuzzHarness(name).Run(inputs, FuzzTargets.ParseAndValidate);
        var spent = TimeSpan.FromTicks(Interlocked.Add(ref _spentTicks, run.Elapsed.Ticks));

        output.WriteLine(run.Summary());
        Assert.True(run.Failures.Count == 0, $"{run.Summary()}\n\n{run.DescribeFailures()}");
        Assert.True(spent < TotalBudget, $"{run.Summary()}: the fuzzing runs so far took {spent.TotalSeconds:0.0} s, over {TotalBudget.TotalSeconds} s");
    }
}
