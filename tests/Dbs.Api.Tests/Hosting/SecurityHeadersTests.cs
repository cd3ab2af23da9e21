using Dbs.Api.Tests.Support;

namespace Dbs.Api.Tests.Hosting;

public sealed class SecurityHeadersTests : IClassFixture<ProductionHost>, IDisposable
{
    private readonly HttpClient _client;

    public SecurityHeadersTests(ProductionHost host)
    {
        _client = host.Factory.CreateClient();
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/tilgaengelighedserklaering")]
    [InlineData("/health")]
    [InlineData("/_content/Dbs.Portal/css/site.css")]
    public async Task Every_response_forbids_framing_sniffing_referrers_and_foreign_or_inline_script(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Sends_hsts_on_https_outside_development()
    {
        using var https = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("https://dbs.example.dk/")));

        Assert.StartsWith("max-age=", Assert.Single(https.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sends_no_hsts_in_development()
    {
        using var database = new SqliteFile();
        await using var factory = DbsApiFactory.OnSqlite(database, "Development");
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("https://dbs.example.dk/")));

        response.EnsureSuccessStatusCode();
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
