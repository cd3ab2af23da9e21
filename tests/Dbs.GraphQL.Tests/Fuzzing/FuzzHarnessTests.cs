namespace Dbs.GraphQL.Tests.Fuzzing;

public sealed class FuzzHarnessTests
{
    private static readonly FuzzInput[] Inputs = [new("first", "{ a }"), new("second", "{ b }"), new("third", "{ c }")];

    [Fact]
    public void Reports_a_document_whose_target_throws_and_goes_on_with_the_next()
    {
        var seen = new List<string>();

        var run = new FuzzHarness("throwing").Run(Inputs, input =>
        {
            seen.Add(input.Origin);
            if (input.Origin == "second")
            {
                throw new InvalidOperationException("boom");
            }
        });

        Assert.Equal(["first", "second", "third"], seen);
        Assert.Equal(3, run.Documents);
        var failure = Assert.Single(run.Failures);
        Assert.StartsWith("document #1 (second, 5 chars) threw System.InvalidOperationException: boom", failure);
        Assert.Contains("text: \"{ b }\"", failure);
    }

    [Fact]
    public void Reports_a_document_that_hangs_without_waiting_for_it()
    {
        using var release = new ManualResetEventSlim();

        var run = new FuzzHarness("hanging", TimeSpan.FromMilliseconds(50)).Run(Inputs, input =>
        {
            if (input.Origin == "second")
            {
                release.Wait();
            }
        });
        release.Set();

        Assert.Equal(1, run.Documents);
        var failure = Assert.Single(run.Failures);
        Assert.StartsWith("document #1 (second, 5 chars) hangs: still running after 100 ms", failure);
    }

    [Fact]
    public void Reports_a_document_that_finishes_over_its_budget()
    {
        var run = new FuzzHarness("slow", TimeSpan.FromMilliseconds(1), hangLimit: TimeSpan.FromMinutes(1)).Run([new("slow", "{ a }")], _ =>
        {
            using var never = new ManualResetEventSlim();
            never.Wait(TimeSpan.FromMilliseconds(30));
        });

        var failure = Assert.Single(run.Failures);
        Assert.Matches(@"^document #0 \(slow, 5 chars\) took \d+ ms \(budget 1 ms\)", failure);
    }
}
