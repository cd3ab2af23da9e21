using System.Text.Json;
using Dbs.Api.Authentication;
using Dbs.GraphQL.Execution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dbs.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL Foundation's draft): POST with a JSON body and GET for queries, answered as
/// <c>application/graphql-response+json</c> when the client accepts it and <c>application/json</c> otherwise.
/// Status codes (§6.4): 400 for a malformed request, and with graphql-response+json also for a request that fails
/// before execution (parse, validation, variables); 200 whenever execution started; 405 for a GET mutation; 406 when
/// neither media type is acceptable; 413 for a body over the limit; 415 for a POST that is not JSON.
/// </summary>
internal sealed class GraphQLHttpEndpoint(RequestExecutor executor, IOptions<GraphQLHttpOptions> options)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

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

        if (Negotiate(request) is not { } mediaType)
        {
            await WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, Json,
                $"The response can be {GraphQLResponseJson} or {Json}; the Accept header allows neither.");
            return;
        }

        JsonDocument? holder = null;
        try
        {
            GraphQLHttpRequest? parameters;
            string? error;
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
                    (parameters, error) = GraphQLHttpRequest.FromJson(holder.RootElement);
                }
                catch (JsonException)
                {
                    (parameters, error) = (null, "The request body is not valid JSON.");
                }
            }

            if (parameters is null)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error!);
                return;
            }

            if (isGet && !parameters.SelectsOnlyQuery())
            {
                response.Headers.Allow = "POST";
                await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                    "Only queries can be sent with GET; send mutations with POST.");
                return;
            }

            var authentication = await context.AuthenticateAsync(ApiTokenAuthenticationHandler.SchemeName);
            if (authentication.Failure is not null)
            {
                await context.ChallengeAsync(ApiTokenAuthenticationHandler.SchemeName);
                await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, mediaType, authentication.Failure.Message);
                return;
            }

            // Only an API token identifies a GraphQL caller: the portal's cookie session must not reach /graphql
            // (a cross-site POST would carry it) until cookie requests are checked for antiforgery tokens.
            context.User = authentication.Principal ?? new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());

            using var result = await executor.ExecuteAsync(parameters.ToOperationRequest(context.RequestServices),
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

    private static async Task WriteErrorAsync(HttpContext context, int status, string mediaType, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
