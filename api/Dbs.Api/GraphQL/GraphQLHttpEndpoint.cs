using System.Security.Claims;
using System.Text.Json;
using Dbs.Api.Authentication;
using Dbs.Domain.ApiTokens;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Language;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dbs.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL Foundation's draft): POST with a JSON body and GET for queries, answered as
/// <c>application/graphql-response+json</c> when the client accepts it and <c>application/json</c> otherwise.
/// Status codes (§6.4): 400 for a malformed request, and with graphql-response+json also for a request that fails
/// before execution (parse, validation, variables, limits); 200 whenever execution started; 401 for a bearer token
/// no scheme accepts; 403 for a cookie-authenticated POST without a valid antiforgery token; 405 for a GET mutation;
/// 406 when neither media type is acceptable; 413 for a body over the limit; 415 for a POST that is not JSON.
/// </summary>
internal sealed class GraphQLHttpEndpoint(RequestExecutor executor, IOptions<GraphQLHttpOptions> options,
    IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, GraphiQLPage graphiQL)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The request header asking for the operation's cost in <c>extensions</c> (HotChocolate's).</summary>
    public const string CostHeader = "GraphQL-Cost";

    public const string AntiforgeryFailed = "ANTIFORGERY_TOKEN_INVALID";
    public const string BatchingNotEnabled = "BATCHING_NOT_ENABLED";

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, Json, "GraphQL requests are GET or POST.");
            return;
        }

        if (isGet && GraphiQLPage.IsWanted(request))
        {
            await graphiQL.WriteAsync(context);
            return;
        }

        if (Negotiate(request) is not { } mediaType)
        {
            await WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, Json,
                $"The response can be {GraphQLResponseJson} or {Json}; the Accept header allows neither.");
            return;
        }

        JsonDocument? holder = null;
        try
        {
            IReadOnlyList<GraphQLHttpRequest>? batch = null;
            GraphQLHttpRequest? parameters = null;
            string? error;
            string? code = null;
            if (isGet)
            {
                (parameters, error) = GraphQLHttpRequest.FromQueryString(request.Query, out holder);
            }
            else
            {
                if (!IsJson(request.ContentType))
                {
                    await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType,
                        $"A POST must send its request as {Json} (UTF-8).");
                    return;
                }

                var limit = options.Value.MaxRequestBytes;
                if (request.ContentLength > limit || await ReadBodyAsync(request, limit, context.RequestAborted) is not { } body)
                {
                    await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, mediaType,
                        $"The request body is larger than the limit of {limit} bytes.");
                    return;
                }

                try
                {
                    holder = JsonDocument.Parse(body);
                    if (holder.RootElement.ValueKind == JsonValueKind.Array)
                    {
                        (batch, error, code) = ReadBatch(holder.RootElement);
                    }
                    else
                    {
                        (parameters, error) = GraphQLHttpRequest.FromJson(holder.RootElement);
                    }
                }
                catch (JsonException)
                {
                    error = "The request body is not valid JSON.";
                }
            }

            if (parameters is null && batch is null)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error!, code);
                return;
            }

            // §7.2: GET may only query. The type comes from the cached document, so the execution reuses the parse.
            if (isGet && executor.GetOperationType(parameters!.Query, parameters.OperationName) is { } type
                && type != OperationType.Query)
            {
                response.Headers.Allow = "POST";
                await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                    "Only queries can be sent with GET; send mutations with POST.");
                return;
            }

            if (!await AuthenticateAsync(context, mediaType))
            {
                return;
            }

            var reportCost = request.Headers[CostHeader].ToString().Contains("report", StringComparison.OrdinalIgnoreCase);
            if (batch is not null)
            {
                await ExecuteBatchAsync(context, batch, mediaType, reportCost);
                return;
            }

            using var result = await executor.ExecuteAsync(parameters!.ToOperationRequest(context.RequestServices, reportCost),
                context.RequestAborted);
            response.StatusCode = !result.HasData && mediaType == GraphQLResponseJson
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
            response.ContentType = mediaType + "; charset=utf-8";
            await result.WriteToAsync(response.Body, context.RequestAborted);
        }
        finally
        {
            holder?.Dispose();
        }
    }

    /// <summary>
    /// Sets the caller: a bearer token (an API token, or a JWT when an OpenID provider is configured) must be valid
    /// (else 401); without one, the portal's session cookie identifies a signed-in user, but a cookie POST must
    /// prove with an antiforgery token that the portal's own page sent it (else 403), since a browser attaches the
    /// cookie to cross-site requests too. False when the response has been written.
    /// </summary>
    private async Task<bool> AuthenticateAsync(HttpContext context, string mediaType)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header["Bearer ".Length..].Trim();
            var scheme = token.StartsWith(ApiTokenService.Prefix, StringComparison.Ordinal)
                ? ApiTokenAuthenticationHandler.SchemeName
                : AuthenticationSetup.IsJwtEnabled(context.RequestServices) ? AuthenticationSetup.JwtScheme : null;
            var result = scheme is null ? null : await context.AuthenticateAsync(scheme);
            if (result is not { Succeeded: true })
            {
                if (scheme is null)
                {
                    context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                }
                else
                {
                    await context.ChallengeAsync(scheme);
                }

                await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, mediaType, scheme == ApiTokenAuthenticationHandler.SchemeName
                    ? "The API token is unknown, revoked or expired."
                    : "The bearer token is not valid here: it must be signed by the configured issuer, unexpired and issued for this API.",
                    "AUTH_NOT_AUTHENTICATED");
                return false;
            }

            context.User = result.Principal;
            return true;
        }

        var cookie = await context.AuthenticateAsync(PortalAuthentication.Scheme);
        if (!cookie.Succeeded)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            return true;
        }

        context.User = cookie.Principal;
        if (HttpMethods.IsPost(context.Request.Method)
            && !(GraphiQLPage.AntiforgeryApplies(context.Request, antiforgeryOptions.Value) && await antiforgery.IsRequestValidAsync(context)))
        {
            await WriteErrorAsync(context, StatusCodes.Status403Forbidden, mediaType,
                "A request authenticated by the portal's session cookie must carry the page's antiforgery token in the " +
                "RequestVerificationToken header; integrations authenticate with a bearer token instead.", AntiforgeryFailed);
            return false;
        }

        return true;
    }

    private (IReadOnlyList<GraphQLHttpRequest>? Batch, string? Error, string? Code) ReadBatch(JsonElement array)
    {
        var settings = options.Value;
        if (!settings.EnableBatching)
        {
            return (null, "Batching is not enabled on this server: send one request object per POST.", BatchingNotEnabled);
        }

        var count = array.GetArrayLength();
        if (count == 0 || count > settings.MaxBatchSize)
        {
            return (null, $"A batch must hold between 1 and {settings.MaxBatchSize} requests; it holds {count}.", null);
        }

        var batch = new List<GraphQLHttpRequest>(count);
        foreach (var item in array.EnumerateArray())
        {
            var (parameters, error) = GraphQLHttpRequest.FromJson(item);
            if (parameters is null)
            {
                return (null, $"Request {batch.Count} of the batch: {error}", null);
            }

            batch.Add(parameters);
        }

        return (batch, null, null);
    }

    // A batch is answered 200 with one response per request, in order, each as it would be alone.
    private async Task ExecuteBatchAsync(HttpContext context, IReadOnlyList<GraphQLHttpRequest> batch, string mediaType, bool reportCost)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType + "; charset=utf-8";
        await response.Body.WriteAsync("["u8.ToArray(), context.RequestAborted);
        for (var i = 0; i < batch.Count; i++)
        {
            if (i > 0)
            {
                await response.Body.WriteAsync(","u8.ToArray(), context.RequestAborted);
            }

            using var result = await executor.ExecuteAsync(batch[i].ToOperationRequest(context.RequestServices, reportCost),
                context.RequestAborted);
            await result.WriteToAsync(response.Body, context.RequestAborted);
        }

        await response.Body.WriteAsync("]"u8.ToArray(), context.RequestAborted);
    }

    /// <summary>
    /// §6.2: the acceptable media type of highest quality; on a tie graphql-response+json. No Accept header means
    /// application/json.
    /// </summary>
    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0)
        {
            return Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1;
            var candidate = type.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) ? GraphQLResponseJson
                : type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                  || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                  || type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase) ? Json
                : null;
            if (candidate is not null && quality > 0
                && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponseJson)))
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (a missing Content-Length too).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string mediaType, string message, string? code = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        if (code is not null)
        {
            writer.WriteStartObject("extensions");
            writer.WriteString("code", code);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
