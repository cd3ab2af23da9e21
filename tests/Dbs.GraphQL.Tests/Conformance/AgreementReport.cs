using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// How far the engine's outcomes agree with graphql-js's, case by case, as <c>compare.mjs</c> reports it: counts,
/// agreement in percent (two decimals), and every difference.
/// </summary>
internal sealed class AgreementReport
{
    private AgreementReport(string area, int cases, IReadOnlyList<Difference> differences, IReadOnlyList<string> unexpectedIds)
    {
        Area = area;
        Cases = cases;
        Differences = differences;
        UnexpectedIds = unexpectedIds;
    }

    public sealed record Difference(string Id, JsonNode? Expected, JsonNode? Actual);

    public string Area { get; }

    public int Cases { get; }

    public int Agreed => Cases - Differences.Count;

    public double AgreementPercent => Cases == 0 ? 100 : Math.Round(10000.0 * Agreed / Cases) / 100;

    public IReadOnlyList<Difference> Differences { get; }

    /// <summary>Ids the engine answered that graphql-js's outcomes lack (a case file newer than <c>expected/</c>).</summary>
    public IReadOnlyList<string> UnexpectedIds { get; }

    public bool AllAgree => Differences.Count == 0 && UnexpectedIds.Count == 0;

    public static AgreementReport Compare(string area, IReadOnlyList<JsonObject> expected, IReadOnlyList<JsonObject> actual)
    {
        var actualById = actual.ToDictionary(IdOf, StringComparer.Ordinal);
        var expectedIds = expected.Select(IdOf).ToHashSet(StringComparer.Ordinal);
        var differences = new List<Difference>();
        foreach (var want in expected)
        {
            var got = actualById.GetValueOrDefault(IdOf(want));
            if (!JsonValueComparer.AreEqual(want, got))
            {
                differences.Add(new Difference(IdOf(want), want, got));
            }
        }

        return new AgreementReport(area, expected.Count, differences, [.. actualById.Keys.Where(id => !expectedIds.Contains(id))]);
    }

    public string Summary() =>
        string.Create(CultureInfo.InvariantCulture, $"{Area}: {Agreed} of {Cases} cases agree with graphql-js 16.15 ({AgreementPercent:0.##} %)");

    /// <summary>Every difference: the id, graphql-js's outcome and the engine's, as compact JSON.</summary>
    public string DescribeDifferences(int? limit = null)
    {
        var text = new StringBuilder();
        foreach (var difference in limit is { } max ? Differences.Take(max) : Differences)
        {
            text.Append(difference.Id).Append('\n')
                .Append("  expected: ").Append(CaseFiles.ToCompactJson(difference.Expected)).Append('\n')
                .Append("  actual:   ").Append(CaseFiles.ToCompactJson(difference.Actual)).Append('\n');
        }

        if (limit is { } shown && Differences.Count > shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"… {Differences.Count - shown} more not shown\n");
        }

        foreach (var id in UnexpectedIds)
        {
            text.Append(id).Append(": no outcome of graphql-js (run node reference.mjs --write)\n");
        }

        return text.ToString();
    }

    public JsonObject ToJson() => new()
    {
        ["area"] = Area,
        ["cases"] = Cases,
        ["agreed"] = Agreed,
        ["agreementPercent"] = AgreementPercent,
        ["unexpectedIds"] = new JsonArray([.. UnexpectedIds.Select(id => JsonValue.Create(id))]),
        ["differences"] = new JsonArray([.. Differences.Select(d => new JsonObject
        {
            ["id"] = d.Id,
            ["expected"] = d.Expected?.DeepClone(),
            ["actual"] = d.Actual?.DeepClone(),
        })]),
    };

    private static string IdOf(JsonObject outcome) => outcome["id"]!.GetValue<string>();
}
