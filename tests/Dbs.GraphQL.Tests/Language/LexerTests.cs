using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    public void Reads_each_punctuator_without_a_value(string text, TokenKind kind)
    {
        var token = Lex.First(text);

        Assert.Equal(new Lex.Token(kind, 0, text.Length, null), token);
    }

    [Fact]
    public void Skips_white_space_commas_line_terminators_and_comments()
    {
        var tokens = Lex.All(" \t,\r\n# a comment ,{}\r  \n  name # trailing");

        Assert.Equal(
            [new Lex.Token(TokenKind.Name, 26, 30, "name"), new Lex.Token(TokenKind.Eof, 41, 41, null)],
            tokens);
    }

    [Fact]
    public void Skips_a_byte_order_mark_anywhere()
    {
        var tokens = Lex.All("\uFEFFa\uFEFFb");

        Assert.Equal(["a", "b", null], tokens.Select(t => t.Value));
        Assert.Equal([1, 3], tokens.Take(2).Select(t => t.Start));
    }

    [Fact]
    public void Reports_the_end_of_an_empty_document()
    {
        Assert.Equal(new Lex.Token(TokenKind.Eof, 0, 0, null), Lex.First(string.Empty));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("_underscore_1")]
    [InlineData("CamelCase42")]
    public void Reads_names(string name)
    {
        Assert.Equal(new Lex.Token(TokenKind.Name, 0, name.Length, name), Lex.First(name));
    }

    [Fact]
    public void Returns_the_same_string_for_a_repeated_name()
    {
        var tokens = Lex.All("repeatedFieldName repeatedFieldName");

        Assert.Same(tokens[0].Value, tokens[1].Value);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9007199254740993", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Reads_numbers_as_written(string number, TokenKind kind)
    {
        Assert.Equal(new Lex.Token(kind, 0, number.Length, number), Lex.First(number));
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e\"", "Syntax Error: Invalid number, expected digit but got: '\"'.", 5)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0xF1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00E9", "Syntax Error: Unexpected character: U+00E9.", 2)]
    public void Rejects_malformed_numbers_where_graphql_js_does(string text, string message, int column)
    {
        Assert.Equal((message, new SourceLocation(1, column)), Lex.Error(text));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable width \\u{1234}\\u{0}\\u{10FFFF}\"", "variable width \u1234\0\U0010FFFF")]
    [InlineData("\"emoji \\u{1F600}\"", "emoji \U0001F600")]
    [InlineData("\"surrogate pair \\uD83D\\uDE00\"", "surrogate pair \U0001F600")]
    [InlineData("\"raw \u00E9 \U0001F600 \u0001\"", "raw \u00E9 \U0001F600 \u0001")]
    public void Reads_strings_with_their_escapes_resolved(string text, string value)
    {
        Assert.Equal(new Lex.Token(TokenKind.String, 0, text.Length, value), Lex.First(text));
    }

    [Fact]
    public void Reads_a_long_string_with_escapes_past_its_first_buffer()
    {
        var content = string.Concat(Enumerable.Repeat("ab\\u00E9\u00E9\U0001F600", 200));
        var expected = string.Concat(Enumerable.Repeat("ab\u00E9\u00E9\U0001F600", 200));

        Assert.Equal(expected, Lex.First($"\"{content}\"").Value);
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 2)]
    [InlineData("\"no end", "Syntax Error: Unterminated string.", 8)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Syntax Error: Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 6)]
    [InlineData("\"bad \\u{12345678901}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{123456789\".", 6)]
    [InlineData("\"bad \\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 6)]
    [InlineData("\"lone \\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 7)]
    [InlineData("\"lone \\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 7)]
    [InlineData("\"half \\uD83Dx\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 7)]
    [InlineData("\"half \\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 7)]
    [InlineData("\"end \\", "Syntax Error: Invalid character escape sequence: \"\\\".", 6)]
    [InlineData("\"end \\u", "Syntax Error: Invalid Unicode escape sequence: \"\\u\".", 6)]
    public void Rejects_malformed_strings_where_graphql_js_does(string text, string message, int column)
    {
        Assert.Equal((message, new SourceLocation(1, column)), Lex.Error(text));
    }

    [Fact]
    public void Quotes_half_a_surrogate_pair_where_graphql_js_cuts_one_in_a_message()
    {
        var (message, location) = Lex.Error("\"\\\U0001F600\"");

        Assert.Equal("Syntax Error: Invalid character escape sequence: \"\\\uD83D\".", message);
        Assert.Equal(new SourceLocation(1, 2), location);
    }

    [Fact]
    public void Rejects_a_lone_surrogate_in_a_string_source()
    {
        Assert.Equal(("Syntax Error: Invalid character within String: U+D800.", new SourceLocation(1, 3)), Lex.Error("\"a\uD800\""));
        Assert.Equal(("Syntax Error: Invalid character within String: U+DC00.", new SourceLocation(1, 5)), Lex.Error("\"\"\"a\uDC00\"\"\""));
        Assert.Equal(("Syntax Error: Invalid character: U+D800.", new SourceLocation(1, 1)), Lex.Error("\uD800"));
    }

    [Fact]
    public void Ends_a_comment_at_a_lone_surrogate_so_that_the_surrogate_is_reported()
    {
        Assert.Equal(("Syntax Error: Invalid character: U+DBFF.", new SourceLocation(2, 4)), Lex.Error("a\n# b\uDBFF c"));
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\"\"\"", "  first line keeps its indent\nsecond")]
    public void Reads_block_strings_dedented(string text, string value)
    {
        Assert.Equal(new Lex.Token(TokenKind.BlockString, 0, text.Length, value), Lex.First(text));
    }

    [Theory]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"\"\"no end\"\"", "Syntax Error: Unterminated string.", 1, 12)]
    [InlineData("\"\"\"a\nb", "Syntax Error: Unterminated string.", 2, 2)]
    public void Rejects_unterminated_block_strings(string text, string message, int line, int column)
    {
        Assert.Equal((message, new SourceLocation(line, column)), Lex.Error(text));
    }

    [Fact]
    public void Positions_a_token_after_a_block_string_on_its_own_line()
    {
        var tokens = Lex.All("\"\"\"\nline\n\"\"\" next");
        var source = new Source("\"\"\"\nline\n\"\"\" next");

        Assert.Equal(new SourceLocation(3, 5), source.GetLocation(tokens[1].Start));
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\u0000", "Syntax Error: Unexpected character: U+0000.")]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.")]
    [InlineData("\u000B", "Syntax Error: Unexpected character: U+000B.")]
    [InlineData("\u00A0", "Syntax Error: Unexpected character: U+00A0.")]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.")]
    [InlineData("\uFFFE", "Syntax Error: Unexpected character: U+FFFE.")]
    public void Rejects_characters_outside_the_grammar(string text, string message)
    {
        Assert.Equal((message, new SourceLocation(1, 1)), Lex.Error(text));
    }

    [Fact]
    public void Counts_columns_in_UTF_16_code_units_after_astral_characters()
    {
        var (_, location) = Lex.Error("# \U0001F600\n\"\U0001F600\" ?");

        Assert.Equal(new SourceLocation(2, 6), location);
    }

    [Fact]
    public void Gives_offsets_in_UTF_16_code_units_for_a_document_read_as_UTF_8()
    {
        var lexer = new Lexer(Source.FromUtf8("\"\u00E9\U0001F600\" name"u8));

        lexer.Advance();
        Assert.Equal((0, 5, "\u00E9\U0001F600"), (lexer.Start, lexer.End, lexer.Value));
        lexer.Advance();
        Assert.Equal((6, 10, "name"), (lexer.Start, lexer.End, lexer.Value));
    }

    [Fact]
    public void Stays_at_the_end_of_the_file()
    {
        var lexer = new Lexer(new Source("a"));

        Assert.Equal(TokenKind.Name, lexer.Advance());
        Assert.Equal(TokenKind.Eof, lexer.Advance());
        Assert.Equal(TokenKind.Eof, lexer.Advance());
    }
}
