using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the cases of one area through the engine, compares each outcome with graphql-js's committed one, reports the
/// agreement to the test output and leaves beside the test binaries <c>conformance/actual/&lt;case file&gt;</c> (the
/// engine's outcomes, in the form <c>compare.mjs</c> reads) and <c>conformance/&lt;area&gt;.summary.json</c>.
/// </summary>
internal static class ConformanceArea
{
    private const int DifferencesInFailureMessage = 60;

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

        output.WriteLine(report.Summary());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stopwatch.ElapsedMilliseconds} ms; summary in {summaryFile}"));
        if (!report.AllAgree)
        {
            output.WriteLine(report.DescribeDifferences());
        }

        Assert.True(report.AllAgree, $"{report.Summary()}.\n{report.DescribeDifferences(DifferencesInFailureMessage)}(all in {summaryFile})");
        return report;
    }

    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
