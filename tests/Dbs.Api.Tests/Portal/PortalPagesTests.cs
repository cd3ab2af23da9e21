using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dbs.Api.Tests.Support;

namespace Dbs.Api.Tests.Portal;

public sealed class PortalPagesTests : IClassFixture<ProductionHost>, IDisposable
{
    private const string StatementPath = "/tilgaengelighedserklaering";

    private readonly HttpClient _client;

    public PortalPagesTests(ProductionHost host)
    {
        _client = host.Factory.CreateClient();
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData(StatementPath)]
    public async Task Every_page_is_danish_with_a_skip_link_landmarks_and_the_accessibility_statement_in_the_footer(string path)
    {
        var page = await GetAsync(path);

        Assert.Equal("da", page.DocumentElement.GetAttribute("lang"));
        var skip = page.QuerySelector("body > a.skip-link");
        Assert.NotNull(skip);
        Assert.Equal("#indhold", skip.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#indhold"));
        Assert.Equal("DBS – Databehandlertilsyn", page.QuerySelector("header a.site-name")?.TextContent.Trim());
        var footerLink = page.QuerySelector($"footer a[href='{StatementPath}']");
        Assert.NotNull(footerLink);
        Assert.Equal("Tilgængelighedserklæring", footerLink.TextContent.Trim());
    }

    [Theory]
    [InlineData("/")]
    [InlineData(StatementPath)]
    public async Task Pages_use_only_the_portals_own_stylesheet_and_no_inline_script_or_style(string path)
    {
        var page = await GetAsync(path);

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        var stylesheet = Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]"));
        Assert.StartsWith("/_content/Dbs.Portal/css/site.css", stylesheet.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_the_stylesheet_from_the_portal_library()
    {
        var page = await GetAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await _client.GetAsync(new Uri(href, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".skip-link", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_start_page_tells_suppliers_about_the_one_annual_questionnaire_without_faking_a_sign_in()
    {
        var page = await GetAsync("/");

        Assert.Contains("Ét kontrolskema om året", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("MitID Erhverv", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Kontrolskemaet for {TimeProvider.System.GetLocalNow().Year}", page.Body.TextContent, StringComparison.Ordinal);

        // Sign-in is not there yet: every link points at a page that exists.
        foreach (var link in page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!))
        {
            using var response = await _client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{link} answered {(int)response.StatusCode}.");
        }
    }

    [Fact]
    public async Task The_accessibility_statement_has_the_sections_the_act_requires()
    {
        var page = await GetAsync(StatementPath);

        Assert.Equal("Tilgængelighedserklæring", page.QuerySelector("h1")?.TextContent.Trim());
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Overensstemmelsesstatus", "Indhold, der ikke er tilgængeligt", "Udarbejdelse af erklæringen",
                "Feedback og kontaktoplysninger", "Håndhævelsesprocedure"],
            headings);
        Assert.Contains("WCAG", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='mailto:tilgaengelighed@databehandlertilsyn.dk']"));
        Assert.NotNull(page.QuerySelector("a[href='https://digst.dk/']"));
    }

    private async Task<IDocument> GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var parser = new HtmlParser();
        return await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
