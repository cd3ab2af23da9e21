using Dbs.Domain.Access;
using System.Text.Encodings.Web;
using Dbs.Domain.ApiTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dbs.Api.Authentication;

/// <summary>
/// Authenticates <c>Authorization: Bearer dbs_…</c> with <see cref="ApiTokenService"/>. A request without such a
/// header is no concern of this scheme (anonymous, or another bearer scheme's); a token that is unknown, revoked or
/// expired fails, and the challenge says so in <c>WWW-Authenticate</c> (RFC 6750 §3).
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = header[Bearer.Length..].Trim();
        if (!presented.StartsWith(ApiTokenService.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var actor = await tokens.VerifyAsync(presented, Context.RequestAborted);
        if (actor is null)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        var principal = new System.Security.Claims.ClaimsPrincipal(ActorClaims.ToIdentity(actor, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\", error_description=\"The token is unknown, revoked or expired.\"";
    }
}
