using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Dbs.Portal.Tests.Support;

/// <summary>
/// npm oidc-provider on loopback (tests/Dbs.Portal.Tests/oidc/provider.mjs, after `npm ci` there): a static client
/// <see cref="ClientId"/> redirecting to <c>redirectUri</c>; the login name "&lt;cvr&gt;:&lt;name&gt;" signs in a user
/// of that company. Clients given as <see cref="ApiClient"/>s get JWT access tokens by client credentials.
/// </summary>
public sealed class OidcProvider : IDisposable
{
    public const string ClientId = "dbs-portal";
    public const string ClientSecret = "dbs-portal-test-secret";

    private readonly Process _process;

    private OidcProvider(Process process, string issuer)
    {
        _process = process;
        Issuer = issuer;
    }

    public string Issuer { get; }

    /// <summary>
    /// Starts the provider with <paramref name="apiClients"/> for client-credentials access tokens;
    /// <paramref name="jwks"/> (a private JWK set as JSON) replaces its development signing key.
    /// </summary>
    public static async Task<OidcProvider> StartAsync(string redirectUri, string postLogoutRedirectUri,
        IReadOnlyList<ApiClient>? apiClients = null, string? jwks = null)
    {
        var folder = Path.Combine(SourceFolder(), "oidc");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"Run `npm ci` in {folder} first (test.sh does).");
        }

        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["REDIRECT_URI"] = redirectUri;
        start.Environment["POST_LOGOUT_REDIRECT_URI"] = postLogoutRedirectUri;
        start.Environment["API_CLIENTS"] = JsonSerializer.Serialize((apiClients ?? []).Select(c => new Dictionary<string, string?>
        {
            ["client_id"] = c.ClientId,
            ["client_secret"] = c.ClientSecret,
            ["cvr"] = c.Cvr,
            ["role"] = c.Role,
        }));
        if (jwks is not null)
        {
            start.Environment["JWKS"] = jwks;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var issuer = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (string.IsNullOrEmpty(issuer))
        {
            process.Kill();
            throw new InvalidOperationException("The OpenID provider did not start.");
        }

        return new OidcProvider(process, issuer);
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Oidc:Authority"] = Issuer,
        ["Oidc:ClientId"] = ClientId,
        ["Oidc:ClientSecret"] = ClientSecret,
        ["Oidc:RequireHttpsMetadata"] = "false",
    };

    /// <summary>A JWT access token for <paramref name="client"/> by client credentials, with <paramref name="resource"/> as its audience.</summary>
    public async Task<string> AccessTokenAsync(ApiClient client, string resource)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Issuer + "/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["scope"] = "graphql",
                ["resource"] = resource,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client.ClientId}:{client.ClientSecret}")));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>The test project's source folder, found upwards from the test assembly.</summary>
    public static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Dbs.Portal.Tests");
            if (File.Exists(Path.Combine(candidate, "Dbs.Portal.Tests.csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The test project's folder was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>An integration's client at the provider, whose tokens carry <see cref="Cvr"/> and <see cref="Role"/> (either may be absent).</summary>
public sealed record ApiClient(string ClientId, string? Cvr, string? Role = null)
{
    public string ClientSecret => ClientId + "-secret";
}
