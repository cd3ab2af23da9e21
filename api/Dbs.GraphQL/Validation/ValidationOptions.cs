namespace Dbs.GraphQL.Validation;

/// <summary>Switches for <see cref="DocumentValidator.Validate"/> (graphql-js's <c>validate</c> options).</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// The most errors reported. One more report stops validation and adds graphql-js's "Too many validation
    /// errors, error limit reached. Validation aborted." (graphql-js's <c>maxErrors</c>, default 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Whether messages end with "Did you mean …?" suggestions taken from the schema; a host that does not want to
    /// reveal its schema turns them off (graphql-js's <c>hideSuggestions</c>, inverted).
    /// </summary>
    public bool IncludeSuggestions { get; init; } = true;
}
