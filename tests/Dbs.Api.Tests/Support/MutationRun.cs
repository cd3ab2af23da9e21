using System.Text.Json;

namespace Dbs.Api.Tests.Support;

/// <summary>Runs one mutation with the conventional <c>input</c> argument and returns its payload, with its errors typed.</summary>
public static class MutationRun
{
    // Spread inside `... on Error`, so that every payload's union may be asked for every error type's fields.
    private const string Errors = "errors { __typename ... on Error { message ... on ValidationError { fieldErrors { path message } } " +
        "... on ConcurrencyConflictError { fields } ... on InvalidTransitionError { currentState } ... on DeadlineExceededError { deadline } } }";

    /// <summary>The payload of <c>field(input: $input) { selection errors {…} }</c>; fails on any GraphQL error.</summary>
    public static async Task<JsonElement> MutateAsync(this GraphQLHost host, string field, string selection, object input, string? token)
    {
        var inputType = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var (status, body) = await host.PostAsync(
            $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} {Errors} }} }}", token, new { input });
        Assert.True(status == 200 && !body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty(field);
    }

    /// <summary>The payload's error types, in order; empty when it succeeded (errors null).</summary>
    public static IReadOnlyList<string> ErrorTypes(this JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null
            ? []
            : [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!)];

    /// <summary>Asserts that the payload succeeded and returns its <paramref name="field"/>.</summary>
    public static JsonElement Succeeded(this JsonElement payload, string field)
    {
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.ToString());
        return payload.GetProperty(field);
    }

    /// <summary>Asserts that the payload failed with exactly one error of <paramref name="type"/> and nothing else.</summary>
    public static JsonElement FailedWith(this JsonElement payload, string type)
    {
        Assert.Equal([type], payload.ErrorTypes());
        return payload.GetProperty("errors")[0];
    }
}
