using System.Net;
using Dbs.Api.Hosting;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dbs.Api.GraphQL;

/// <summary>
/// GraphiQL for a browser that opens <c>/graphql</c>: a static page loading React, ReactDOM and GraphiQL's UMD
/// bundles and a start script from <c>/graphql/graphiql/</c>, all served by the host (no CDN, no inline script, so
/// the strict Content-Security-Policy holds). The bundles are npm's (<c>api/Dbs.Api/graphiql</c>, copied beside the
/// build output); when they are missing the page says how to install them.
/// </summary>
internal sealed class GraphiQLPage(IWebHostEnvironment environment, IAntiforgery antiforgery,
    IOptions<AntiforgeryOptions> antiforgeryOptions)
{
    public const string AssetPath = GraphQLSetup.Path + "/graphiql";

    // The files the page may load: the name it asks for, and where npm or the repository put it.
    private static readonly Dictionary<string, (string Source, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["react.production.min.js"] = ("node_modules/react/umd/react.production.min.js", "text/javascript"),
        ["react-dom.production.min.js"] = ("node_modules/react-dom/umd/react-dom.production.min.js", "text/javascript"),
        ["graphiql.min.js"] = ("node_modules/graphiql/graphiql.min.js", "text/javascript"),
        ["graphiql.min.css"] = ("node_modules/graphiql/graphiql.min.css", "text/css"),
        ["start.js"] = ("start.js", "text/javascript"),
        ["start.css"] = ("start.css", "text/css"),
    };

    public static readonly string GraphiQLContentSecurityPolicy =
        SecurityHeaders.ContentSecurityPolicy.Replace("font-src 'self'", "font-src 'self' data:", StringComparison.Ordinal);

    /// <summary>A GET without a query from a client that accepts HTML (a browser's address bar).</summary>
    public static bool IsWanted(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var types)
        && types.Any(t => t.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && t.Quality is not 0);

    public async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        if (Locate("graphiql.min.js") is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await response.WriteAsync("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>GraphiQL is not installed</title></head>
                <body><h1>GraphiQL is not installed</h1>
                <p>The GraphQL API works (POST to <code>/graphql</code>); only the browser IDE's files are missing. Install
                them with <code>npm ci</code> in <code>api/Dbs.Api/graphiql</code> (test.sh does), then build or
                <code>dotnet run</code> again.</p></body></html>
                """, context.RequestAborted);
            return;
        }

        // A portal user's session reaches /graphql too; its POSTs need this page's antiforgery token.
        var token = string.Empty;
        var session = await context.AuthenticateAsync(PortalAuthentication.Scheme);
        if (session.Succeeded && AntiforgeryApplies(context.Request, antiforgeryOptions.Value))
        {
            context.User = session.Principal;
            token = antiforgery.GetAndStoreTokens(context).RequestToken ?? string.Empty;
        }

        // The site's policy, but GraphiQL's stylesheet embeds its fonts as data: URLs. Scripts stay 'self' only.
        response.Headers.ContentSecurityPolicy = GraphiQLContentSecurityPolicy;
        await response.WriteAsync($"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="dbs-antiforgery" content="{WebUtility.HtmlEncode(token)}">
              <title>DBS GraphQL API</title>
              <link rel="stylesheet" href="{AssetPath}/graphiql.min.css">
              <link rel="stylesheet" href="{AssetPath}/start.css">
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{AssetPath}/react.production.min.js"></script>
              <script src="{AssetPath}/react-dom.production.min.js"></script>
              <script src="{AssetPath}/graphiql.min.js"></script>
              <script src="{AssetPath}/start.js"></script>
            </body>
            </html>
            """, context.RequestAborted);
    }

    /// <summary>
    /// Whether antiforgery tokens can be issued and checked on this request: not over plain HTTP when its cookie is
    /// HTTPS-only (outside Development), where the session cookie is not sent either.
    /// </summary>
    public static bool AntiforgeryApplies(HttpRequest request, AntiforgeryOptions options) =>
        request.IsHttps || options.Cookie.SecurePolicy != CookieSecurePolicy.Always;

    /// <summary>One of the page's files, or 404.</summary>
    public IResult Asset(string name) =>
        Assets.TryGetValue(name, out var asset) && Locate(name) is { } path
            ? Results.File(path, asset.ContentType + "; charset=utf-8")
            : Results.NotFound();

    // Beside the build output (where the build copies them), else straight from npm's folder under the content root.
    private string? Locate(string name)
    {
        var (source, _) = Assets[name];
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "graphiql", name),
            Path.Combine(environment.ContentRootPath, "graphiql", source),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }
}
