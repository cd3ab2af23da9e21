using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

/// <summary>Token snapshots, since the lexer is a ref struct that lambdas cannot capture.</summary>
internal static class Lex
{
    public sealed record Token(TokenKind Kind, int Start, int End, string? Value);

    public static Token First(string text) => All(text)[0];

    /// <summary>Every token up to and including the end of file.</summary>
    public static List<Token> All(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        do
        {
            lexer.Advance();
            tokens.Add(new Token(lexer.Kind, lexer.Start, lexer.End, lexer.Value));
        }
        while (lexer.Kind != TokenKind.Eof);

        return tokens;
    }

    /// <summary>The error lexing the whole text, with its single location.</summary>
    public static (string Message, SourceLocation Location) Error(string text)
    {
        try
        {
            All(text);
        }
        catch (GraphQLError error)
        {
            return (error.Message, Assert.Single(error.Locations!));
        }

        throw new Xunit.Sdk.XunitException($"Expected a syntax error lexing: {text}");
    }
}
