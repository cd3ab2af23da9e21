using Dbs.GraphQL.Errors;

namespace Dbs.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents, values and type references (spec §2 Language, §3 Type System) into the AST. Syntax
/// errors are thrown as <see cref="GraphQLError"/> with graphql-js's message and location; nothing else is thrown
/// for any input. Recursion is bounded by <see cref="ParserOptions.MaxDepth"/>.
/// </summary>
public static partial class Parser
{
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        Parse(new Source(source), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        CheckLength(source, options);
        var reader = new Reader(new Lexer(source), source, options);
        return reader.ParseDocument();
    }

    /// <summary>
    /// Parses a UTF-8 document, e.g. a request body. The bytes are copied only when the AST keeps locations (which
    /// refer to the source) or are not valid UTF-8.
    /// </summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        if (!options.NoLocation || !System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return Parse(Source.FromUtf8(utf8), options);
        }

        if (options.MaxDocumentLength is { } maxLength && utf8.Length > maxLength)
        {
            CheckLength(Source.FromUtf8(utf8), options);
        }

        var reader = new Reader(new Lexer(utf8, null), null, options);
        return reader.ParseDocument();
    }

    /// <summary>
    /// Parses a UTF-8 document without copying it: the memory must not change while the AST is in use.
    /// </summary>
    public static DocumentNode Parse(ReadOnlyMemory<byte> utf8, ParserOptions? options = null) =>
        Parse(new Source(utf8), options);

    /// <summary>Parses a value literal such as <c>[42, {a: $b}]</c>, variables allowed.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        ParseValue(new Source(source), options);

    public static ValueNode ParseValue(Source source, ParserOptions? options = null) =>
        ParseAlone(source, options, static (ref Reader reader) => reader.ParseValueLiteral(isConst: false));

    /// <summary>Parses a constant value literal: a variable is a syntax error.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        ParseConstValue(new Source(source), options);

    public static ValueNode ParseConstValue(Source source, ParserOptions? options = null) =>
        ParseAlone(source, options, static (ref Reader reader) => reader.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        ParseType(new Source(source), options);

    public static TypeNode ParseType(Source source, ParserOptions? options = null) =>
        ParseAlone(source, options, static (ref Reader reader) => reader.ParseTypeReference());

    private delegate T ReaderFunc<out T>(ref Reader reader);

    // A value or type alone in its source: the whole source must be that one construct.
    private static T ParseAlone<T>(Source source, ParserOptions? options, ReaderFunc<T> parse)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        CheckLength(source, options);
        var reader = new Reader(new Lexer(source), source, options);
        try
        {
            reader.Expect(TokenKind.Sof);
            var result = parse(ref reader);
            reader.Expect(TokenKind.Eof);
            return result;
        }
        finally
        {
            reader.Dispose();
        }
    }

    private static void CheckLength(Source source, ParserOptions options)
    {
        if (options.MaxDocumentLength is { } maxLength && source.Utf8.Length > maxLength && source.Length > maxLength)
        {
            throw GraphQLError.Syntax(
                source,
                maxLength,
                $"Source contains more than {maxLength} UTF-16 code units. Parsing aborted.");
        }
    }
}
