using Dbs.GraphQL.Execution.CostAnalysis;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Execution;

/// <summary>Limits and switches of a <see cref="RequestExecutor"/>. The limits are off unless set, except the timeout.</summary>
public sealed record RequestExecutorOptions
{
    public static RequestExecutorOptions Default { get; } = new();

    /// <summary>How many distinct documents stay parsed and validated (least recently used ones leave first).</summary>
    public int DocumentCacheSize { get; init; } = 256;

    /// <summary>The parser's limits (depth, tokens, length); its depth bounds variable values too.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>The deepest nesting of fields an operation may select (root fields are at depth 1).</summary>
    public int? MaxExecutionDepth { get; init; }

    /// <summary>The most fields an operation may select, every fragment counted where it is spread.</summary>
    public int? MaxFieldCount { get; init; }

    /// <summary>The most aliased fields an operation may select, counted as <see cref="MaxFieldCount"/>.</summary>
    public int? MaxAliasCount { get; init; }

    /// <summary>
    /// The most directives one location (an operation, a field, a fragment or a variable) may carry, checked before
    /// validation so that a document repeating a directive thousands of times is refused cheaply.
    /// </summary>
    public int? MaxDirectivesPerLocation { get; init; }

    /// <summary>
    /// Static cost analysis with <c>@cost</c>/<c>@listSize</c> (see <see cref="CostOptions"/>); null to skip it. Off
    /// by default; <see cref="CostOptions.Default"/> has HotChocolate's limits.
    /// </summary>
    public CostOptions? Cost { get; init; }

    /// <summary>
    /// How long an operation may run; then it stops and the response is one error with code
    /// <see cref="ErrorCodes.Timeout"/>. Null for no limit.
    /// </summary>
    public TimeSpan? ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Show the messages of unexpected exceptions thrown by resolvers (as graphql-js always does). Off, they read
    /// "Unexpected Execution Error" (as HotChocolate does), so internals never reach a client; the exception stays
    /// available as the error's <see cref="Errors.GraphQLError.OriginalError"/> for logging.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Add <c>extensions.code</c> (see <see cref="ErrorCodes"/>) to request errors; graphql-js adds none.</summary>
    public bool IncludeErrorCodes { get; init; } = true;

    /// <summary>Leave "Did you mean …?" suggestions out of validation and coercion messages (e.g. in production).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>The most validation errors reported before validation stops (graphql-js's default, 100).</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>The most variable coercion errors reported before giving up (graphql-js's maxCoercionErrors).</summary>
    public int MaxVariableErrors { get; init; } = 50;

    /// <summary>Documents a request may name by <see cref="OperationRequest.DocumentId"/> instead of sending the text.</summary>
    public IReadOnlyDictionary<string, string>? PersistedDocuments { get; init; }
}
