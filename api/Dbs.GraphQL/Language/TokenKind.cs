namespace Dbs.GraphQL.Language;

/// <summary>The lexical tokens of GraphQL (spec §2.1 Source Text), named after graphql-js's <c>TokenKind</c>.</summary>
public enum TokenKind
{
    /// <summary>Start of file: the lexer's state before the first token.</summary>
    Sof,
    Eof,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    /// <summary>Only used by schema coordinates; a lone <c>.</c> in a document is an unexpected character.</summary>
    Dot,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
    /// <summary>A comment; the lexer skips comments and never stops on one.</summary>
    Comment,
}
