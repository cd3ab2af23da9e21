using System.Text.Json.Nodes;

namespace Dbs.GraphQL.Tests.Conformance;

public sealed class AgreementReportTests
{
    private static JsonObject Outcome(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Counts_outcomes_equal_as_json_values_as_agreeing()
    {
        var report = AgreementReport.Compare("area",
            [Outcome("""{"id":"a/1","response":{"data":{"n":1,"s":"x"}}}"""), Outcome("""{"id":"a/2","errors":[]}""")],
            [Outcome("""{"response":{"data":{"s":"x","n":1.0}},"id":"a/1"}"""), Outcome("""{"id":"a/2","errors":[]}""")]);

        Assert.True(report.AllAgree);
        Assert.Equal("area: 2 of 2 cases agree with graphql-js 16.15 (100 %)", report.Summary());
    }

    [Fact]
    public void Lists_each_differing_or_missing_outcome_with_both_sides()
    {
        var report = AgreementReport.Compare("area",
            [
                Outcome("""{"id":"a/1","errors":[{"message":"m","locations":[{"line":1,"column":2}]}]}"""),
                Outcome("""{"id":"a/2","printed":"{ a }"}"""),
                Outcome("""{"id":"a/3","errors":[{"message":"x"},{"message":"y"}]}"""),
            ],
            [
                Outcome("""{"id":"a/1","errors":[{"message":"m","locations":[{"line":1,"column":3}]}]}"""),
                Outcome("""{"id":"a/3","errors":[{"message":"y"},{"message":"x"}]}"""),
                Outcome("""{"id":"a/4","printed":""}"""),
            ]);

        Assert.False(report.AllAgree);
        Assert.Equal(["a/1", "a/2", "a/3"], report.Differences.Select(d => d.Id));
        Assert.Equal(["a/4"], report.UnexpectedIds);
        Assert.Equal("area: 0 of 3 cases agree with graphql-js 16.15 (0 %)", report.Summary());
        Assert.Equal(
            """
            a/1
              expected: {"id":"a/1","errors":[{"message":"m","locations":[{"line":1,"column":2}]}]}
              actual:   {"id":"a/1","errors":[{"message":"m","locations":[{"line":1,"column":3}]}]}
            a/2
              expected: {"id":"a/2","printed":"{ a }"}
              actual:   null
            … 1 more not shown
            a/4: no outcome of graphql-js (run node reference.mjs --write)

            """.ReplaceLineEndings("\n"),
            report.DescribeDifferences(limit: 2));
    }

    [Fact]
    public void Rounds_the_agreement_to_two_decimals()
    {
        var expected = Enumerable.Range(0, 3).Select(i => Outcome($$"""{"id":"a/{{i}}"}""")).ToList();

        var report = AgreementReport.Compare("area", expected, expected.Take(2).ToList());

        Assert.Equal(66.67, report.AgreementPercent);
    }
}
