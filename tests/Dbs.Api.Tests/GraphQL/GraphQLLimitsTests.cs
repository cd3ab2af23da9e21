using System.Net;
using System.Text;
using System.Text.Json;
using Dbs.Api.GraphQL;
using Dbs.Api.Tests.Support;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Api.Tests.GraphQL;

/// <summary>The endpoint's limits, on by default and configurable: cost, directives, batching, suggestions, details.</summary>
public sealed class GraphQLLimitsTests : IAsyncLifetime
{
    private readonly GraphQLHost _host = new(new Dictionary<string, string?> { ["GraphQL:MaxFieldCost"] = "100" });

    [Fact]
    public async Task A_query_over_the_field_cost_limit_is_refused_before_it_runs_with_its_cost()
    {
        var token = await _host.TokenAsync("dbs");
        // Per page: agreements 10 + nodes 1 + 50 × (municipality 1 + supplier 1 + systems 1) = 161; two pages 322.
        const string query = "{ a: agreements(first: 50) { nodes { municipality { code } supplier { name } systems { name } } } " +
            "b: agreements(first: 50) { nodes { municipality { code } supplier { name } systems { name } } } }";

        using var response = await SendAsync(Body(query), token, accept: "application/graphql-response+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        var extensions = json.RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("HC0047", extensions.GetProperty("code").GetString());
        Assert.Equal(322, extensions.GetProperty("fieldCost").GetDouble());
        Assert.Equal(100, extensions.GetProperty("maxFieldCost").GetDouble());
    }

    [Fact]
    public async Task A_client_can_ask_for_the_cost_in_extensions_and_introspection_is_free()
    {
        using var response = await SendAsync(Body("{ municipalities(first: 3) { nodes { code } } __schema { types { name } } }"),
            headers: [("GraphQL-Cost", "report")]);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // municipalities 10 + nodes 1; objects: root, the connection and 3 municipalities.
        var cost = json.RootElement.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal((11.0, 5.0), (cost.GetProperty("fieldCost").GetDouble(), cost.GetProperty("typeCost").GetDouble()));
    }

    [Fact]
    public void Every_connection_field_declares_its_list_size_and_weight()
    {
        var schema = _host.Factory.Services.GetRequiredService<RequestExecutor>().Schema;
        var fields = schema.TypeMap.Values.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (Owner: t.Name, Field: f)))
            .Where(x => x.Field.Type.NamedType.Name.EndsWith("Connection", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, x =>
        {
            var directives = x.Field.Directives.Select(d => d.Name.Value).ToList();
            Assert.True(directives.Contains("listSize") && directives.Contains("cost"),
                $"{x.Owner}.{x.Field.Name} returns a connection without @listSize(…, sizedFields: [\"edges\", \"nodes\"]) and @cost");
        });
    }

    [Theory]
    [InlineData("query { agreements(first: 50) { totalCount nodes { id status supplier { name cvr } systems { name } openFindings { severity followUpDeadline } } } }")]
    [InlineData("query($id: ID!) { node(id: $id) { ... on Questionnaire { status supplier { name } template { year sections { title questions { key text kind required options { key label } } } } answers { questionKey value explanation } attachments { questionKey fileName sizeBytes sha256 } progress { answered questions missingKeys } } } }")]
    [InlineData("query($id: ID!) { dashboard(municipalityId: $id) { agreementsByStatus { status count } supervisionsByStatus { status count } openFindingsBySeverity { severity count } overdueFollowUps agreementsExposedToThirdCountries acknowledgementsByStatus { status count } acknowledgementsPending openObjectionWindows } }")]
    [InlineData("query { municipalities(first: 50) { nodes { code name dashboard { agreementsByStatus { status count } openFindingsBySeverity { severity count } overdueFollowUps agreementsExposedToThirdCountries acknowledgementsPending } } } }")]
    public async Task The_default_limits_let_the_queries_integrators_need_through(string query)
    {
        await using var defaults = new GraphQLHost();
        var token = await defaults.TokenAsync("dbs");

        using var response = await SendAsync(JsonSerializer.Serialize(new { query, variables = new { id = "TWlzc2luZzox" } }), token,
            headers: [("GraphQL-Cost", "report")], client: defaults.Client);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors) && errors.EnumerateArray()
            .Any(e => e.TryGetProperty("extensions", out var x) && x.GetProperty("code").GetString() is "HC0047" or "MAX_EXECUTION_DEPTH_EXCEEDED" or "MAX_FIELDS_EXCEEDED"), json.RootElement.ToString());
        Assert.True(json.RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble() > 0);
    }

    [Theory]
    [InlineData("query { questionnaires(first: 50) { nodes { template { sections { questions { key options { key } } } } } } }", "HC0047")]
    [InlineData("query { a: agreements(first: 50) { nodes { supplier { name } systems { name } openFindings { severity } } } b: agreements(first: 50) { nodes { supplier { name } systems { name } openFindings { severity } } } c: agreements(first: 50) { nodes { supplier { name } systems { name } openFindings { severity } } } d: agreements(first: 50) { nodes { supplier { name } systems { name } openFindings { severity } } } e: agreements(first: 50) { nodes { supplier { name } systems { name } openFindings { severity } } } f: agreements(first: 50) { nodes { supplier { name } systems { name } openFindings { severity } } } g: agreements(first: 50) { nodes { supplier { name } systems { name } openFindings { severity } } } }", "HC0047")]
    [InlineData("query { suppliers(first: 50) { nodes { subProcessors { subProcessor { engagements { objectionWindows { municipality { name } } } } } } } }", "HC0047")]
    public async Task The_default_limits_refuse_a_query_that_fans_out(string query, string code)
    {
        await using var defaults = new GraphQLHost();
        var token = await defaults.TokenAsync("dbs");

        using var response = await SendAsync(Body(query), token, client: defaults.Client);

        Assert.Equal(code, await CodeAsync(response));
    }

    [Fact]
    public async Task A_location_repeating_a_directive_is_refused_before_validation()
    {
        var query = "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 6)) + "}";

        using var response = await SendAsync(Body(query));

        Assert.Equal("MAX_DIRECTIVES_PER_LOCATION_EXCEEDED", await CodeAsync(response));
    }

    [Fact]
    public async Task A_batch_is_refused_with_a_clear_error_unless_batching_is_enabled()
    {
        const string batch = """[{"query":"{ __typename }"},{"query":"query Q { a: __typename }"}]""";
        await using var enabled = new GraphQLHost(new Dictionary<string, string?> { ["GraphQL:EnableBatching"] = "true", ["GraphQL:MaxBatchSize"] = "2" });

        using var refused = await SendAsync(batch);
        using var tooMany = await SendAsync(batch.Replace("]", """,{"query":"{ __typename }"}]""", StringComparison.Ordinal), client: enabled.Client);
        using var answered = await SendAsync(batch, client: enabled.Client);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("BATCHING_NOT_ENABLED", await CodeAsync(refused));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("""[{"data":{"__typename":"Query"}},{"data":{"a":"Query"}}]""", await answered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Suggestions_and_exception_details_are_shown_in_development_only()
    {
        var production = _host.Factory.Services.GetRequiredService<RequestExecutor>().Options;
        var developmentOptions = GraphQLSetup.ExecutorOptions(new GraphQLHttpOptions(), development: true);

        using var response = await SendAsync(Body("{ municipalitie { totalCount } }"));
        var message = await response.Content.ReadAsStringAsync();

        Assert.Contains("Cannot query field", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
        Assert.True(production.HideSuggestions);
        Assert.False(production.IncludeExceptionDetails);
        Assert.False(developmentOptions.HideSuggestions);
        Assert.True(developmentOptions.IncludeExceptionDetails);
    }

    [Fact]
    public void Every_limit_is_on_by_default_and_zero_turns_it_off()
    {
        var defaults = GraphQLSetup.ExecutorOptions(new GraphQLHttpOptions(), development: false);
        var off = GraphQLSetup.ExecutorOptions(new GraphQLHttpOptions
        {
            MaxExecutionDepth = 0, MaxFieldCount = 0, MaxAliasCount = 0, MaxDirectivesPerLocation = 0,
            MaxFieldCost = 0, MaxTypeCost = 0, ExecutionTimeoutSeconds = 0,
        }, development: false);

        Assert.Equal((15, 1000, 30, 5), (defaults.MaxExecutionDepth, defaults.MaxFieldCount, defaults.MaxAliasCount, defaults.MaxDirectivesPerLocation));
        Assert.Equal((1000.0, 5000.0), (defaults.Cost!.MaxFieldCost, defaults.Cost.MaxTypeCost));
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.ExecutionTimeout);
        Assert.Equal((null, null, null, null), (off.MaxExecutionDepth, off.MaxFieldCount, off.MaxAliasCount, off.MaxDirectivesPerLocation));
        Assert.Equal((null, null), (off.Cost!.MaxFieldCost, off.Cost.MaxTypeCost));
        Assert.Null(off.ExecutionTimeout);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static string Body(string query) => JsonSerializer.Serialize(new { query });

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    private async Task<HttpResponseMessage> SendAsync(string body, string? token = null, string? accept = null,
        (string Name, string Value)[]? headers = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await (client ?? _host.Client).SendAsync(request);
    }
}
