using System.Net;
using AngleSharp.Html.Parser;
using Dbs.Api.Tests.Support;

namespace Dbs.Api.Tests.GraphQL;

/// <summary>GraphiQL at <c>/graphql</c> for browsers: the host's own files, no inline script, the strict policy kept.</summary>
public sealed class GraphiQLPageTests : IAsyncLifetime
{
    private readonly GraphQLHost _host = new();

    [Fact]
    public async Task A_browser_opening_graphql_gets_graphiql_from_the_hosts_own_files_without_inline_script()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await _host.Client.SendAsync(request);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        var scripts = document.QuerySelectorAll("script").Select(s => (Src: s.GetAttribute("src"), Text: s.TextContent.Trim())).ToList();
        Assert.Equal(
            ["/graphql/graphiql/react.production.min.js", "/graphql/graphiql/react-dom.production.min.js", "/graphql/graphiql/graphiql.min.js", "/graphql/graphiql/start.js"],
            scripts.Select(s => s.Src));
        Assert.All(scripts, s => Assert.Empty(s.Text));
        // Anonymous: no session, so no antiforgery token to hand out.
        Assert.Equal("", document.QuerySelector("meta[name=dbs-antiforgery]")?.GetAttribute("content"));
        foreach (var path in scripts.Select(s => s.Src!).Concat(document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)))
        {
            using var asset = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(asset.StatusCode == HttpStatusCode.OK, path);
            Assert.Equal(path.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", asset.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Only_the_pages_files_are_served_and_api_clients_still_get_graphql()
    {
        using var other = await _host.Client.GetAsync(new Uri("/graphql/graphiql/package.json", UriKind.Relative));
        using var traversal = await _host.Client.GetAsync(new Uri("/graphql/graphiql/..%2F..%2Fappsettings.json", UriKind.Relative));
        using var json = await _host.Client.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));
        using var noQuery = await _host.Client.GetAsync(new Uri("/graphql", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await json.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
