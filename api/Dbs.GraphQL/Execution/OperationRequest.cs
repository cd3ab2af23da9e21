using System.Text.Json;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// One GraphQL request (spec §6.1): the document as text or as the id of a persisted document, the operation to
/// run, its variables, and the request's own services and state.
/// </summary>
public sealed record OperationRequest
{
    /// <summary>The document text.</summary>
    public string? Query { get; init; }

    /// <summary>The id of a document in <see cref="RequestExecutorOptions.PersistedDocuments"/>, used without <see cref="Query"/>.</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as JSON-like CLR values (<see cref="JsonElement"/>s accepted as values too).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Variable values as the request's JSON object; takes precedence over <see cref="Variables"/>.</summary>
    public JsonElement? VariablesJson { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's services (e.g. its DI scope), for resolvers, resolver classes and DataLoaders.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>
    /// Add the operation's cost to the response as <c>extensions.operationCost</c> (HotChocolate's
    /// <c>GraphQL-Cost: report</c>); needs <see cref="RequestExecutorOptions.Cost"/>.
    /// </summary>
    public bool ReportCost { get; init; }

    /// <summary>Initial per-request state, copied into <see cref="Types.IResolverContext.ContextData"/>.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }
}
