using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Agreements;
using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Agreements;

/// <summary>"Which of my agreements involve third-country transfers?": the filter, the field and its reasons.</summary>
public abstract class ThirdCountryExposureTests(DemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task A_municipality_finds_its_agreements_with_third_country_transfers_and_why()
    {
        string code;
        List<int> exposed;
        Dictionary<int, List<(string Country, TransferBasis Basis)>> reasons;
        await using (var db = demo.Host.CreateContext())
        {
            code = await db.Agreements.ExposedToThirdCountries().Select(a => a.Municipality.Code).OrderBy(c => c).FirstAsync();
            var own = db.Agreements.Where(a => a.Municipality.Code == code);
            exposed = await own.ExposedToThirdCountries().Select(a => a.Id).ToListAsync();
            var rows = await own.ThirdCountryExposures(db.SubProcessorEngagements).ToListAsync();
            reasons = rows.GroupBy(r => r.AgreementId).ToDictionary(g => g.Key, g => g.Select(r => (r.CountryCode, r.TransferBasis)).Order().ToList());
        }

        var (_, body) = await demo.Host.PostAsync("""
            { agreements(first: 50, where: { isExposedToThirdCountries: { eq: true } }) { totalCount nodes { id isExposedToThirdCountries
                thirdCountryExposures { countryCode transferBasis engagementStatus subProcessor { countryCode } engagement { status } } } }
              unexposed: agreements(where: { isExposedToThirdCountries: { eq: false } }) { nodes { isExposedToThirdCountries thirdCountryExposures { countryCode } } } }
            """, await demo.Host.TokenAsync(code));

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var page = body.GetProperty("data").GetProperty("agreements");
        Assert.Equal(exposed.Count, page.GetProperty("totalCount").GetInt32());
        Assert.NotEmpty(exposed);
        foreach (var node in page.GetProperty("nodes").EnumerateArray())
        {
            var id = exposed.Single(i => GlobalId.Encode("Agreement", i) == node.GetProperty("id").GetString());
            var exposures = node.GetProperty("thirdCountryExposures").EnumerateArray().ToList();
            Assert.True(node.GetProperty("isExposedToThirdCountries").GetBoolean());
            Assert.Equal(reasons[id], exposures.Select(e => (e.GetProperty("countryCode").GetString()!,
                Enum.Parse<TransferBasis>(e.GetProperty("transferBasis").GetString()!.Replace("_", "", StringComparison.Ordinal), ignoreCase: true))).Order().ToList());
            Assert.All(exposures, e =>
            {
                Assert.False(Countries.IsInEea(e.GetProperty("countryCode").GetString()!));
                Assert.Equal(e.GetProperty("countryCode").GetString(), e.GetProperty("subProcessor").GetProperty("countryCode").GetString());
                Assert.Equal(e.GetProperty("engagementStatus").GetString(), e.GetProperty("engagement").GetProperty("status").GetString());
            });
        }

        Assert.All(body.GetProperty("data").GetProperty("unexposed").GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.False(n.GetProperty("isExposedToThirdCountries").GetBoolean());
            Assert.Equal(0, n.GetProperty("thirdCountryExposures").GetArrayLength());
        });
    }

    [Fact]
    public async Task Exposures_of_fifty_agreements_take_as_many_statements_as_of_two()
    {
        const string Query = "query($n: Int) { agreements(first: $n) { nodes { isExposedToThirdCountries " +
            "thirdCountryExposures { countryCode subProcessor { name } engagement { since } } } } }";
        var token = await demo.Host.TokenAsync("dbs");
        using var counter = new SqlCommandCounter(demo.Host.DatabaseMarker);

        await demo.Host.PostAsync(Query, token, new { n = 2 });
        var forTwo = counter.Count;
        counter.Reset();
        var (_, fifty) = await demo.Host.PostAsync(Query, token, new { n = 50 });
        var forFifty = counter.Count;
        output.WriteLine($"SQL statements: {forTwo} for 2 agreements, {forFifty} for 50.");

        Assert.False(fifty.TryGetProperty("errors", out _), fifty.ToString());
        Assert.Contains(fifty.GetProperty("data").GetProperty("agreements").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("thirdCountryExposures").GetArrayLength() > 0);
        Assert.Equal(forTwo, forFifty);
    }
}

public sealed class ThirdCountryExposureTestsOnSqlite(SqliteDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : ThirdCountryExposureTests(demo, output), IClassFixture<SqliteDemoHost>;

public sealed class ThirdCountryExposureTestsOnPostgres(PostgresDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : ThirdCountryExposureTests(demo, output), IClassFixture<PostgresDemoHost>;
