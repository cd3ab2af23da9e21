namespace Dbs.Api.GraphQL;

/// <summary>Settings of the GraphQL endpoint (section <c>GraphQL</c>). Every limit is on by default; 0 turns one off.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>The largest request body accepted, in bytes; larger ones get 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>The deepest field nesting an operation may select.</summary>
    public int MaxExecutionDepth { get; set; } = 15;

    /// <summary>The most fields an operation may select, fragments counted where spread.</summary>
    public int MaxFieldCount { get; set; } = 1000;

    /// <summary>The most aliased fields an operation may select.</summary>
    public int MaxAliasCount { get; set; } = 30;

    /// <summary>The most directives one location of a document (a field, fragment, operation, variable) may carry.</summary>
    public int MaxDirectivesPerLocation { get; set; } = 5;

    /// <summary>The highest field cost (<c>@cost</c>/<c>@listSize</c>, HotChocolate's default) an operation may have.</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>
    /// The highest type cost (objects the response may hold, weighted) an operation may have. Above HotChocolate's
    /// 1000: a page of 50 agreements with their municipality, supplier and systems is already about 1,150 objects.
    /// </summary>
    public double MaxTypeCost { get; set; } = 5000;

    /// <summary>How long an operation may run, in seconds.</summary>
    public int ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary>Accept a JSON array of requests in one POST (answered with an array of responses).</summary>
    public bool EnableBatching { get; set; }

    /// <summary>The most requests one batch may hold, when batching is enabled.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>
    /// "Did you mean …?" in validation messages. Null: only in Development (suggestions reveal the schema's
    /// names to a caller probing it).
    /// </summary>
    public bool? IncludeSuggestions { get; set; }

    /// <summary>The messages of unexpected exceptions in errors. Null: only in Development.</summary>
    public bool? IncludeExceptionDetails { get; set; }
}
