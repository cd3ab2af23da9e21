namespace Dbs.GraphQL.Language;

/// <summary>A 1-based line and column; the column counts UTF-16 code units, as graphql-js does.</summary>
public readonly record struct SourceLocation(int Line, int Column);
