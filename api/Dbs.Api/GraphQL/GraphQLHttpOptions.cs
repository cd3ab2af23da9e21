namespace Dbs.Api.GraphQL;

/// <summary>Settings of the GraphQL endpoint (section <c>GraphQL</c>).</summary>
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

    /// <summary>How long an operation may run, in seconds.</summary>
    public int ExecutionTimeoutSeconds { get; set; } = 30;
}
