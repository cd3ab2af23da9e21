namespace Dbs.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>. The defaults suit documents from untrusted clients.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Leave <see cref="Node.Location"/> null on every node (saves memory when errors need no locations).</summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// The most tokens (punctuators, names, numbers, strings; not comments) a document may have; null for no limit.
    /// </summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// The deepest nesting of recursive constructs (selection sets, list and object values, list and non-null types)
    /// the parser accepts. Bounds the parser's recursion so that no document can exhaust the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>The longest document, in UTF-16 code units like graphql-js's <c>maxSourceLength</c>; null for no limit.</summary>
    public int? MaxDocumentLength { get; init; }

    /// <summary>Accept variable definitions on fragments, as graphql-js's <c>allowLegacyFragmentVariables</c>.</summary>
    public bool AllowLegacyFragmentVariables { get; init; }

    /// <summary>
    /// Accept directives on directive definitions and <c>extend directive</c>, as graphql-js's
    /// <c>experimentalDirectivesOnDirectiveDefinitions</c>.
    /// </summary>
    public bool ExperimentalDirectivesOnDirectiveDefinitions { get; init; }
}
