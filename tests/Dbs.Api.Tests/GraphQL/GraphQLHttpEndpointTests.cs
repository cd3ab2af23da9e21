using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dbs.Api.Tests.Support;
using Dbs.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Api.Tests.GraphQL;

public sealed class GraphQLHttpEndpointTests : IAsyncLifetime
{
    private readonly GraphQLHost _host = new(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "2048" });

    [Fact]
    public async Task A_json_post_without_accept_is_answered_as_application_json()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ __typename }"}""", "application/json", accept: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_validation_error_is_400_with_graphql_response_json_and_200_with_application_json()
    {
        const string body = """{"query":"{ nope }"}""";
        using var modern = await SendAsync(HttpMethod.Post, body, "application/json", "application/graphql-response+json");
        using var legacy = await SendAsync(HttpMethod.Post, body, "application/json", "application/json");

        Assert.Equal((HttpStatusCode.BadRequest, "application/graphql-response+json"),
            (modern.StatusCode, modern.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.OK, "application/json"), (legacy.StatusCode, legacy.Content.Headers.ContentType?.MediaType));
        using var json = JsonDocument.Parse(await modern.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED",
            json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_execution_error_is_200_with_data_even_with_graphql_response_json()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ municipalities { totalCount } }"}""",
            "application/json", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty("municipalities").ValueKind);
    }

    [Fact]
    public async Task A_get_runs_queries_but_answers_a_mutation_with_405_allowing_post()
    {
        using var query = await _host.Client.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));
        using var mutation = await _host.Client.GetAsync(new Uri("/graphql?query=mutation%7B__typename%7D", UriKind.Relative));
        using var named = await _host.Client.GetAsync(new Uri(
            "/graphql?query=query+A%7B__typename%7D+mutation+B%7B__typename%7D&operationName=B", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal("POST", mutation.Content.Headers.Allow.Single());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, named.StatusCode);
    }

    [Fact]
    public async Task Other_methods_media_types_and_malformed_bodies_get_the_specs_status_codes()
    {
        using var put = await SendAsync(HttpMethod.Put, """{"query":"{ __typename }"}""", "application/json", null);
        using var text = await SendAsync(HttpMethod.Post, """{"query":"{ __typename }"}""", "text/plain", null);
        using var latin1 = await SendAsync(HttpMethod.Post, """{"query":"{ __typename }"}""", "application/json; charset=iso-8859-1", null);
        using var xml = await SendAsync(HttpMethod.Post, """{"query":"{ __typename }"}""", "application/json", "application/xml");
        using var broken = await SendAsync(HttpMethod.Post, """{"query":""", "application/json", "application/json");
        using var noQuery = await SendAsync(HttpMethod.Post, """{"qeury":"{ __typename }"}""", "application/json", "application/json");
        using var badVariables = await SendAsync(HttpMethod.Post, """{"query":"{ __typename }","variables":[1]}""", "application/json", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(["GET", "POST"], put.Content.Headers.Allow.Select(a => a.Trim()).Order());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, latin1.StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, xml.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badVariables.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_is_413()
    {
        var padding = new string(' ', 2100);
        using var response = await SendAsync(HttpMethod.Post, $$"""{"query":"{ __typename }{{padding}}"}""", "application/json", null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_or_revoked_token_is_401_with_a_bearer_challenge()
    {
        var token = await _host.TokenAsync("101");
        var wrong = token[..^3] + (token[^3] == 'Q' ? "RRR" : "QQQ");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ me { role } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", wrong);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bearer_token_that_is_no_api_token_is_401_while_no_openid_provider_is_configured()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ me { role } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.e30.");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Variables_reach_the_operation_and_documents_are_parsed_once()
    {
        var token = await _host.TokenAsync("dbs");
        var cache = _host.Factory.Services.GetRequiredService<RequestExecutor>().DocumentCache;
        const string query = "query Page($n: Int) { municipalities(first: $n) { nodes { code } } }";

        var (_, first) = await _host.PostAsync(query, token, new { n = 2 });
        var misses = cache.Misses;
        var hits = cache.Hits;
        var (_, second) = await _host.PostAsync(query, token, new { n = 3 });

        Assert.Equal(2, first.GetProperty("data").GetProperty("municipalities").GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, second.GetProperty("data").GetProperty("municipalities").GetProperty("nodes").GetArrayLength());
        Assert.Equal((misses, hits + 1), (cache.Misses, cache.Hits));
    }

    [Fact]
    public async Task Sibling_fields_reading_the_database_share_the_request_context_safely()
    {
        var token = await _host.TokenAsync("751");

        var (status, body) = await _host.PostAsync(
            "{ me { organisationName } a: municipalities(first: 50) { totalCount } b: municipalities(last: 5) { totalCount nodes { code } } }",
            token);

        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("Aarhus Kommune", body.GetProperty("data").GetProperty("me").GetProperty("organisationName").GetString());
        Assert.Equal(98, body.GetProperty("data").GetProperty("b").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_configured_limits_refuse_deep_and_heavily_aliased_operations_and_batches()
    {
        // __schema, types, 14 × ofType and name: 17 levels, over the default of 15.
        var deep = "{ __schema { types { " + string.Concat(Enumerable.Repeat("ofType { ", 14)) + "name" + new string('}', 14) + " } } }";
        var aliases = "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }";

        var (_, depth) = await _host.PostAsync(deep);
        var (_, aliased) = await _host.PostAsync(aliases);
        using var batch = await SendAsync(HttpMethod.Post, """[{"query":"{ __typename }"}]""", "application/json", null);

        Assert.Equal("MAX_EXECUTION_DEPTH_EXCEEDED", Code(depth));
        Assert.Equal("MAX_ALIASES_EXCEEDED", Code(aliased));
        Assert.Equal(HttpStatusCode.BadRequest, batch.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static string? Code(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string body, string contentType, string? accept)
    {
        using var request = new HttpRequestMessage(method, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _host.Client.SendAsync(request);
    }
}
