using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dbs.Portal.Tests.Support;

/// <summary>
/// Stands between the portal and the real provider at the token endpoint only: its discovery document is the
/// provider's with the token endpoint pointed here, the code exchange is forwarded to the provider, and the id_token in
/// the reply goes through <see cref="RewriteIdToken"/> first. Everything else (authorization, keys, end-session) is the
/// provider's own.
/// </summary>
public sealed class TokenEndpointProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client = new();

    private TokenEndpointProxy(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The proxy's root, to configure as the portal's authority.</summary>
    public string Address { get; }

    /// <summary>Changes the id_token the provider issued; null passes it through.</summary>
    public Func<string, string>? RewriteIdToken { get; set; }

    public static async Task<TokenEndpointProxy> StartAsync(string providerIssuer)
    {
        var port = PortalHost.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new TokenEndpointProxy(app, $"http://127.0.0.1:{port}");
        app.MapGet("/.well-known/openid-configuration", proxy.DiscoveryAsync(providerIssuer));
        app.MapPost("/token", proxy.TokenAsync(providerIssuer));
        await app.StartAsync();
        return proxy;
    }

    private Func<Task<IResult>> DiscoveryAsync(string issuer) => async () =>
    {
        var discovery = JsonNode.Parse(await _client.GetStringAsync(issuer + "/.well-known/openid-configuration"))!.AsObject();
        discovery["token_endpoint"] = Address + "/token";
        return Results.Text(discovery.ToJsonString(), "application/json");
    };

    private Func<HttpRequest, Task<IResult>> TokenAsync(string issuer) => async request =>
    {
        var discovery = JsonNode.Parse(await _client.GetStringAsync(issuer + "/.well-known/openid-configuration"))!;
        using var forward = new HttpRequestMessage(HttpMethod.Post, (string)discovery["token_endpoint"]!)
        {
            Content = new FormUrlEncodedContent((await request.ReadFormAsync()).Select(f => KeyValuePair.Create(f.Key, f.Value.ToString()))),
        };
        forward.Headers.TryAddWithoutValidation("Authorization", request.Headers.Authorization.ToString());
        using var response = await _client.SendAsync(forward);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || RewriteIdToken is not { } rewrite)
        {
            return Results.Text(body, "application/json", statusCode: (int)response.StatusCode);
        }

        var tokens = JsonNode.Parse(body)!.AsObject();
        tokens["id_token"] = rewrite((string)tokens["id_token"]!);
        return Results.Text(tokens.ToJsonString(), "application/json");
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _client.Dispose();
    }
}
