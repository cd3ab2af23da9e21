namespace Dbs.GraphQL.Language;

/// <summary>Token kinds as graphql-js writes them in error messages.</summary>
internal static class TokenKindText
{
    /// <summary>
    /// The text of a token kind: punctuators quoted (<c>"{"</c>), the others by name (<c>Name</c>, <c>&lt;EOF&gt;</c>).
    /// </summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.Sof => "<SOF>",
        TokenKind.Eof => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Dot => "\".\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        TokenKind.Comment => "Comment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
