using System.Text.Json;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.GraphQL;

/// <summary>
/// A GraphQL-over-HTTP request's parameters (GraphQL over HTTP §5.1: query, operationName, variables, extensions),
/// read from a POST's JSON body or a GET's query string. A malformed request is a message for a 400 response.
/// </summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables)
{
    public OperationRequest ToOperationRequest(IServiceProvider services, bool reportCost = false) => new()
    {
        Query = Query,
        OperationName = OperationName,
        VariablesJson = Variables,
        Services = services,
        ReportCost = reportCost,
    };

    /// <summary>Reads the parameters of a JSON body (§5.1.1): an object with a string query.</summary>
    public static (GraphQLHttpRequest? Request, string? Error) FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object.");
        }

        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return (null, "The request must have a `query` parameter holding a string.");
        }

        var operationName = body.TryGetProperty("operationName", out var name) ? name : default;
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return (null, "The `operationName` parameter must be a string or null.");
        }

        var variables = body.TryGetProperty("variables", out var v) ? v : default;
        if (variables.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return (null, "The `variables` parameter must be a map or null.");
        }

        var extensions = body.TryGetProperty("extensions", out var e) ? e : default;
        if (extensions.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return (null, "The `extensions` parameter must be a map or null.");
        }

        return (new GraphQLHttpRequest(query.GetString()!,
            operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
            variables.ValueKind == JsonValueKind.Object ? variables : null), null);
    }

    /// <summary>
    /// Reads the parameters of a GET (§5.1.2): <c>query</c>, <c>operationName</c>, and <c>variables</c>/<c>extensions</c>
    /// as JSON text. <paramref name="holder"/> keeps the parsed variables alive for the request.
    /// </summary>
    public static (GraphQLHttpRequest? Request, string? Error) FromQueryString(IQueryCollection parameters, out JsonDocument? holder)
    {
        holder = null;
        if (parameters["query"] is not [{ } query])
        {
            return (null, "The request must have exactly one `query` parameter.");
        }

        JsonElement? variables = null;
        if (parameters["variables"] is [{ Length: > 0 } variablesText])
        {
            try
            {
                holder = JsonDocument.Parse(variablesText);
            }
            catch (JsonException)
            {
                return (null, "The `variables` parameter is not valid JSON.");
            }

            if (holder.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                return (null, "The `variables` parameter must be a map or null.");
            }

            variables = holder.RootElement.ValueKind == JsonValueKind.Object ? holder.RootElement : null;
        }

        if (parameters["extensions"] is [{ Length: > 0 } extensionsText])
        {
            try
            {
                using var extensions = JsonDocument.Parse(extensionsText);
                if (extensions.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    return (null, "The `extensions` parameter must be a map or null.");
                }
            }
            catch (JsonException)
            {
                return (null, "The `extensions` parameter is not valid JSON.");
            }
        }

        var operationName = parameters["operationName"] is [{ Length: > 0 } n] ? n : null;
        return (new GraphQLHttpRequest(query, operationName, variables), null);
    }
}
