using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Dbs.Portal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Portal.Tests.Api;

/// <summary>
/// The portal's session cookie reaching <c>/graphql</c>: it identifies the signed-in supplier user, but a POST must
/// carry the antiforgery token of one of the portal's pages, which a cross-site page cannot read.
/// </summary>
public sealed class GraphQLSessionTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    private const string Me = """{"query":"{ me { organisationKind displayName } }"}""";

    [Fact]
    public async Task A_cookie_post_with_the_pages_antiforgery_token_acts_as_the_signed_in_supplier_user()
    {
        var (user, page, actor) = await SignedInAsync();
        using var owned = user;

        var response = await user.NavigateAsync(Post(Me, ("RequestVerificationToken", TokenOf(page))));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"me":{"organisationKind":"SUPPLIER","displayName":""" + JsonSerializer.Serialize(actor.DisplayName) + "}}}", response.Document.Body!.TextContent);
    }

    [Fact]
    public async Task A_cookie_post_without_an_antiforgery_token_is_refused_with_a_graphql_error()
    {
        var (user, _, _) = await SignedInAsync();
        using var owned = user;

        var response = await user.NavigateAsync(Post(Me));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("application/json", response.Response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(response.Document.Body!.TextContent);
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("ANTIFORGERY_TOKEN_INVALID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("antiforgery token", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_cross_site_post_carrying_the_cookie_cannot_pass_with_no_token_a_made_up_one_or_another_sessions()
    {
        var (victim, _, _) = await SignedInAsync();
        var (attacker, attackersPage, _) = await SignedInAsync(skip: 1);
        using var ownedVictim = victim;
        using var ownedAttacker = attacker;
        (string, string) crossSite = ("Origin", "https://evil.example");

        var none = await victim.NavigateAsync(Post(Me, crossSite));
        var madeUp = await victim.NavigateAsync(Post(Me, crossSite, ("RequestVerificationToken", "CfDJ8made-up-token")));
        var anothers = await victim.NavigateAsync(Post(Me, crossSite, ("RequestVerificationToken", TokenOf(attackersPage))));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { none.Status, madeUp.Status, anothers.Status });
    }

    [Fact]
    public async Task A_cookie_get_runs_queries_only_and_needs_no_token()
    {
        var (user, _, _) = await SignedInAsync();
        using var owned = user;

        var query = await user.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ me { organisationKind } }"));
        var mutation = await user.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal("""{"data":{"me":{"organisationKind":"SUPPLIER"}}}""", query.Document.Body!.TextContent);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
    }

    [Fact]
    public async Task A_bearer_token_needs_no_antiforgery_token_and_wins_over_the_cookie()
    {
        var (user, _, _) = await SignedInAsync();
        using var owned = user;
        using var scope = fixture.Host.Services.CreateScope();
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("dbs", Role.Reader);
        using var request = Post(Me);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value.Text);

        var response = await user.NavigateAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("\"organisationKind\":\"DBS\"", response.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(WebUser User, Page Page, Actor Actor)> SignedInAsync(int skip = 0)
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithQuestionnaire(db, QuestionnaireStatus.Draft), skip);
        var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId);
        Assert.Equal("/oversigt", page.Url.AbsolutePath);
        return (user, page, actor);
    }

    // Every signed-in page carries the token in its sign-out form.
    private static string TokenOf(Page page) =>
        page.Find("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException("No antiforgery token on the page.");

    private static HttpRequestMessage Post(string body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }
}
