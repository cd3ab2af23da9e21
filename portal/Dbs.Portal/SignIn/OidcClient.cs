using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Dbs.Portal.SignIn;

/// <summary>
/// A small OpenID Connect client for the authorization code flow with PKCE (S256): it sends the browser to the
/// provider with a fresh state, nonce and code verifier kept in a protected, short-lived correlation cookie, and on the
/// callback exchanges the code and validates the id_token (signature by the provider's JWKS, issuer, audience,
/// expiry, nonce).
/// </summary>
public sealed class OidcClient
{
    public const string HttpClientName = "oidc";
    public const string CallbackPath = "/konto/callback";
    private const string CorrelationCookie = "Dbs.Oidc";
    private static readonly TimeSpan CorrelationLifetime = TimeSpan.FromMinutes(15);

    private readonly OidcOptions _options;
    private readonly IHttpClientFactory _http;
    private readonly ITimeLimitedDataProtector _protector;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> _configuration;

    public OidcClient(IOptions<OidcOptions> options, IHttpClientFactory http, IDataProtectionProvider dataProtection)
    {
        _options = options.Value;
        _http = http;
        _protector = dataProtection.CreateProtector("Dbs.Portal.Oidc.Correlation").ToTimeLimitedDataProtector();
        _configuration = new(() => new ConfigurationManager<OpenIdConnectConfiguration>(
            _options.Authority!.TrimEnd('/') + "/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(_http.CreateClient(HttpClientName)) { RequireHttps = _options.RequireHttpsMetadata }));
    }

    public bool IsEnabled => _options.IsEnabled;

    /// <summary>The provider's authorization URL; sets the correlation cookie on <paramref name="context"/>'s response.</summary>
    public async Task<string> BeginAsync(HttpContext context, string returnUrl, bool secureCookie)
    {
        var configuration = await _configuration.Value.GetConfigurationAsync(context.RequestAborted);
        var correlation = new Correlation(Random(), Random(), Random(), returnUrl);
        context.Response.Cookies.Append(CorrelationCookie,
            _protector.Protect(JsonSerializer.Serialize(correlation), CorrelationLifetime),
            new CookieOptions
            {
                HttpOnly = true,
                Secure = secureCookie,
                SameSite = SameSiteMode.Lax,
                Path = CallbackPath,
                MaxAge = CorrelationLifetime,
                IsEssential = true,
            });

        return QueryHelpers.AddQueryString(configuration.AuthorizationEndpoint, new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = _options.ClientId,
            ["redirect_uri"] = RedirectUri(context.Request),
            ["scope"] = _options.Scope,
            ["state"] = correlation.State,
            ["nonce"] = correlation.Nonce,
            ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(correlation.CodeVerifier))),
            ["code_challenge_method"] = "S256",
        });
    }

    /// <summary>Completes the flow on the callback request: the validated identity, or why it failed.</summary>
    public async Task<OidcOutcome> CompleteAsync(HttpContext context)
    {
        var request = context.Request;
        var cookie = request.Cookies[CorrelationCookie];
        context.Response.Cookies.Delete(CorrelationCookie, new CookieOptions { Path = CallbackPath });
        if (cookie is null || Unprotect(cookie) is not { } correlation)
        {
            return OidcOutcome.Failed("The sign-in took too long or was started in another browser.");
        }

        var state = request.Query["state"].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(correlation.State)))
        {
            return OidcOutcome.Failed("The state does not match the sign-in this browser started.");
        }

        if (request.Query["error"].ToString() is { Length: > 0 } error)
        {
            return OidcOutcome.Failed($"The provider refused the sign-in: {error}.");
        }

        var code = request.Query["code"].ToString();
        if (code.Length == 0)
        {
            return OidcOutcome.Failed("The provider sent no code.");
        }

        var manager = _configuration.Value;
        var configuration = await manager.GetConfigurationAsync(context.RequestAborted);
        var idToken = await ExchangeAsync(configuration, code, correlation.CodeVerifier, RedirectUri(request), context.RequestAborted);
        if (idToken is null)
        {
            return OidcOutcome.Failed("The token endpoint did not return an id_token.");
        }

        var validated = await ValidateAsync(idToken, configuration);
        if (validated.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rotated its keys since the configuration was cached.
            manager.RequestRefresh();
            validated = await ValidateAsync(idToken, await manager.GetConfigurationAsync(context.RequestAborted));
        }

        if (!validated.IsValid)
        {
            return OidcOutcome.Failed("The id_token is invalid: " + validated.Exception?.Message);
        }

        if (Claim(validated, "nonce") is not { } nonce
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(correlation.Nonce)))
        {
            return OidcOutcome.Failed("The id_token's nonce does not match the sign-in this browser started.");
        }

        if (Claim(validated, _options.UserIdClaim) is not { Length: > 0 } userId)
        {
            return OidcOutcome.Failed($"The id_token has no {_options.UserIdClaim} claim.");
        }

        return OidcOutcome.Succeeded(new OidcIdentity(userId, Claim(validated, _options.CvrClaim),
            Claim(validated, _options.NameClaim) ?? userId, idToken, correlation.ReturnUrl));
    }

    /// <summary>The provider's end-session URL for the id_token, or null when it offers none.</summary>
    public async Task<string?> EndSessionUrlAsync(HttpContext context, string? idToken, string postLogoutRedirectUri)
    {
        var configuration = await _configuration.Value.GetConfigurationAsync(context.RequestAborted);
        if (string.IsNullOrEmpty(configuration.EndSessionEndpoint))
        {
            return null;
        }

        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = _options.ClientId,
            ["post_logout_redirect_uri"] = postLogoutRedirectUri,
        };
        if (idToken is not null)
        {
            parameters["id_token_hint"] = idToken;
        }

        return QueryHelpers.AddQueryString(configuration.EndSessionEndpoint, parameters);
    }

    private async Task<string?> ExchangeAsync(OpenIdConnectConfiguration configuration, string code, string codeVerifier,
        string redirectUri, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = redirectUri,
                ["code_verifier"] = codeVerifier,
            }),
        };
        // client_secret_basic (RFC 6749 2.3.1): both parts form-url-encoded before base64.
        var credentials = Uri.EscapeDataString(_options.ClientId) + ":" + Uri.EscapeDataString(_options.ClientSecret);
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        using var response = await _http.CreateClient(HttpClientName).SendAsync(message, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return json.RootElement.TryGetProperty("id_token", out var token) && token.ValueKind == JsonValueKind.String
            ? token.GetString()
            : null;
    }

    private Task<TokenValidationResult> ValidateAsync(string idToken, OpenIdConnectConfiguration configuration) =>
        new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = _options.ClientId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        });

    private static string? Claim(TokenValidationResult result, string type) =>
        result.Claims.TryGetValue(type, out var value) ? value?.ToString() : null;

    private Correlation? Unprotect(string cookie)
    {
        try
        {
            return JsonSerializer.Deserialize<Correlation>(_protector.Unprotect(cookie));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static string RedirectUri(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{CallbackPath}";

    private static string Random() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private sealed record Correlation(string State, string Nonce, string CodeVerifier, string ReturnUrl);
}

/// <summary>Who the provider says signed in: the persistent user id, the company's CVR claim (if any) and the name.</summary>
public sealed record OidcIdentity(string UserId, string? Cvr, string DisplayName, string IdToken, string ReturnUrl);

/// <summary>The end of a sign-in at the provider: an identity, or why it failed (English, for the log).</summary>
public sealed record OidcOutcome(OidcIdentity? Identity, string? Failure)
{
    public static OidcOutcome Succeeded(OidcIdentity identity) => new(identity, null);

    public static OidcOutcome Failed(string reason) => new(null, reason);
}
