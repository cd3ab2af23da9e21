using Dbs.Domain.Access;
using Dbs.Api.Authentication;
using Dbs.Api.Tests.Support;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Api.Tests.Authentication;

public sealed class ApiTokenAuthenticationHandlerTests : IDisposable
{
    private readonly SqliteFile _database = new();
    private readonly DbsApiFactory _factory;

    public ApiTokenAuthenticationHandlerTests() => _factory = DbsApiFactory.OnSqlite(_database);

    [Fact]
    public async Task A_valid_token_authenticates_as_its_organisation_and_role()
    {
        var token = await CreateAsync("751", Role.Editor);

        var (result, _) = await AuthenticateAsync($"Bearer {token.Text}");

        var actor = ActorClaims.ToActor(result.Principal!);
        Assert.Equal((OrganisationKind.Municipality, Role.Editor, token.Token.OrganisationId),
            (actor!.OrganisationKind, actor.Role, actor.OrganisationId));
    }

    [Fact]
    public async Task No_header_and_other_schemes_are_not_this_handlers_concern()
    {
        var (none, _) = await AuthenticateAsync(null);
        var (basic, _) = await AuthenticateAsync("Basic dXNlcjpwYXNz");
        var (jwt, _) = await AuthenticateAsync("Bearer eyJhbGciOiJSUzI1NiJ9.e30.x");

        Assert.True(none.None);
        Assert.True(basic.None);
        Assert.True(jwt.None);
    }

    [Fact]
    public async Task A_revoked_or_altered_token_fails_and_the_challenge_says_invalid_token()
    {
        var token = await CreateAsync("dbs", Role.Reader);
        var altered = token.Text[..^2] + (token.Text[^2] == 'x' ? "yy" : "xx");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(token.Token.Id);
        }

        var (revoked, context) = await AuthenticateAsync($"Bearer {token.Text}");
        var (wrong, _) = await AuthenticateAsync($"Bearer {altered}");
        await context.ChallengeAsync(ApiTokenAuthenticationHandler.SchemeName);

        Assert.NotNull(revoked.Failure);
        Assert.NotNull(wrong.Failure);
        Assert.Equal(401, context.Response.StatusCode);
        Assert.StartsWith("Bearer error=\"invalid_token\"", context.Response.Headers.WWWAuthenticate.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _database.Dispose();
    }

    private async Task<CreatedApiToken> CreateAsync(string organisation, Role role)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(organisation, role);
        return created.Value;
    }

    private async Task<(AuthenticateResult Result, HttpContext Context)> AuthenticateAsync(string? authorization)
    {
        var scope = _factory.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        return (await context.AuthenticateAsync(ApiTokenAuthenticationHandler.SchemeName), context);
    }
}
