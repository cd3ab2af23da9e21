using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the cases of one area through the engine, compares each outcome with graphql-js's committed one, reports the
/// agreement to the test output and leaves beside the test binaries <c>conformance/actual/&lt;case file&gt;</c> (the
/// engine's outcomes, in the form <c>compare.mjs</c> reads), <c>conformance/&lt;area&gt;.summary.json</c> (counts and
/// every difference) and <c>conformance/summary.json</c> (the agreement of every area run so far in this test run).
/// </summary>
internal static class ConformanceArea
{
    private const int DifferencesInFailureMessage = 60;
    private static readonly Lock SummaryLock = new();
    private static readonly SortedDictionary<string, AgreementReport> Reports = new(StringComparer.Ordinal);

    public static async Task<AgreementReport> RunAsync(string area, IEnumerable<string> caseFiles, ITestOutputHelper output)
    {
        var stopwatch = Stopwatch.StartNew();
        var expected = new List<JsonObject>();
        var actual = new List<JsonObject>();
        foreach (var file in caseFiles)
        {
            var outcomes = new List<JsonObject>();
            foreach (var testCase in CaseFiles.ReadCases(file))
            {
                outcomes.Add(await EngineOutcomes.OfAsync(testCase));
            }

            WriteFile(Path.Combine(RepositoryPaths.Output, "actual", file), CaseFiles.Format(outcomes));
            actual.AddRange(outcomes);
            expected.AddRange(CaseFiles.ReadExpected(file));
        }

        var report = AgreementReport.Compare(area, expected, actual);
        var summary = report.ToJson();
        summary["milliseconds"] = stopwatch.ElapsedMilliseconds;
        var summaryFile = Path.Combine(RepositoryPaths.Output, area + ".summary.json");
        WriteFile(summaryFile, summary.ToJsonString(new() { WriteIndented = true }) + "\n");
        WriteOverallSummary(report);

        output.WriteLine(report.Summary());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stopwatch.ElapsedMilliseconds} ms; summary in {summaryFile}"));
        if (!report.AllAgree)
        {
            output.WriteLine(report.DescribeDifferences());
        }

        Assert.True(report.AllAgree, $"{report.Summary()}.\n{report.DescribeDifferences(DifferencesInFailureMessage)}(all in {summaryFile})");
        return report;
    }

    private static void WriteOverallSummary(AgreementReport report)
    {
        lock (SummaryLock)
        {
            Reports[report.Area] = report;
            var cases = Reports.Values.Sum(r => r.Cases);
            var agreed = Reports.Values.Sum(r => r.Agreed);
            var summary = new JsonObject
            {
                ["cases"] = cases,
                ["agreed"] = agreed,
                ["agreementPercent"] = cases == 0 ? 100 : Math.Round(10000.0 * agreed / cases) / 100,
                ["areas"] = new JsonObject(Reports.Values.Select(r => KeyValuePair.Create<string, JsonNode?>(r.Area, new JsonObject
                {
                    ["cases"] = r.Cases,
                    ["agreed"] = r.Agreed,
                    ["agreementPercent"] = r.AgreementPercent,
                }))),
            };
            WriteFile(Path.Combine(RepositoryPaths.Output, "summary.json"), summary.ToJsonString(new() { WriteIndented = true }) + "\n");
        }
    }

    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
