using System.Buffers;
using System.Globalization;
using System.Text;
using Dbs.GraphQL.Errors;

namespace Dbs.GraphQL.Language;

/// <summary>
/// Reads the tokens of a GraphQL document (spec §2.1 Source Text) from its UTF-8 bytes, one at a time and without
/// copying: names and numbers become strings only when asked for, punctuators never. Ignored tokens (white space,
/// line terminators, commas, the byte order mark, comments) are skipped. Errors are graphql-js's, word for word, at
/// the same positions.
/// </summary>
public ref struct Lexer
{
    // Bytes at which scanning a string, block string or comment must stop and look. 0xED starts the three-byte form
    // of a surrogate, which only a string body with a lone surrogate can contain (see Source).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create([(byte)'"', (byte)'\\', (byte)'\n', (byte)'\r', (byte)0xED]);
    private static readonly SearchValues<byte> BlockStringStops = SearchValues.Create([(byte)'"', (byte)'\\', (byte)0xED]);
    private static readonly SearchValues<byte> CommentStops = SearchValues.Create([(byte)'\n', (byte)'\r', (byte)0xED]);

    private readonly ReadOnlySpan<byte> _body;
    private Source? _source;
    private int _position;
    private string? _stringValue;

    public Lexer(Source source)
        : this(source.Utf8.Span, source)
    {
    }

    /// <summary>
    /// A lexer over valid UTF-8 (or a <see cref="Language.Source"/>'s bytes); the source is made from the bytes only if
    /// an error needs it.
    /// </summary>
    internal Lexer(ReadOnlySpan<byte> body, Source? source)
    {
        _body = body;
        _source = source;
        Kind = TokenKind.Sof;
    }

    /// <summary>The current token's kind; <see cref="TokenKind.Sof"/> before the first <see cref="Advance"/>.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>The current token's start, in UTF-16 code units.</summary>
    public int Start => Source.ToCharOffset(TokenStart);

    /// <summary>The current token's end (exclusive), in UTF-16 code units.</summary>
    public int End => Source.ToCharOffset(TokenEnd);

    /// <summary>
    /// The current token's value: the text of a name or number, the decoded value of a string (a block string
    /// dedented); null for punctuators and the end of the file.
    /// </summary>
    public string? Value => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => NameCache.Get(TokenBytes),
        TokenKind.String or TokenKind.BlockString => _stringValue,
        _ => null,
    };

    public Source Source => _source ??= Source.FromUtf8(_body);

    internal int TokenStart { get; private set; }

    internal int TokenEnd { get; private set; }

    /// <summary>The end of the token before the current one: where a node that ends with it ends.</summary>
    internal int PreviousEnd { get; private set; }

    internal readonly ReadOnlySpan<byte> TokenBytes => _body[TokenStart..TokenEnd];

    internal readonly bool IsKeyword(ReadOnlySpan<byte> keyword) =>
        Kind == TokenKind.Name && TokenBytes.SequenceEqual(keyword);

    /// <summary>Moves to the next token and returns its kind; stays at <see cref="TokenKind.Eof"/> at the end.</summary>
    public TokenKind Advance()
    {
        PreviousEnd = TokenEnd;
        if (Kind != TokenKind.Eof)
        {
            ReadToken();
        }

        return Kind;
    }

    /// <summary>A syntax error at a byte position of the body.</summary>
    internal readonly GraphQLError Error(int utf8Position, string description)
    {
        var source = _source ?? Source.FromUtf8(_body);
        return GraphQLError.Syntax(source, source.ToCharOffset(utf8Position), description);
    }

    private void ReadToken()
    {
        var body = _body;
        var position = _position;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case (byte)' ' or (byte)'\t' or (byte)',' or (byte)'\n' or (byte)'\r':
                    position++;
                    continue;
                case 0xEF when position + 2 < body.Length && body[position + 1] == 0xBB && body[position + 2] == 0xBF:
                    position += 3; // U+FEFF byte order mark, ignored anywhere (spec §2.1.1 Unicode)
                    continue;
                case (byte)'#':
                    position = SkipComment(position);
                    continue;
                case (byte)'!':
                    SetToken(TokenKind.Bang, position, position + 1);
                    return;
                case (byte)'$':
                    SetToken(TokenKind.Dollar, position, position + 1);
                    return;
                case (byte)'&':
                    SetToken(TokenKind.Amp, position, position + 1);
                    return;
                case (byte)'(':
                    SetToken(TokenKind.ParenL, position, position + 1);
                    return;
                case (byte)')':
                    SetToken(TokenKind.ParenR, position, position + 1);
                    return;
                case (byte)'.' when At(position + 1) == '.' && At(position + 2) == '.':
                    SetToken(TokenKind.Spread, position, position + 3);
                    return;
                case (byte)':':
                    SetToken(TokenKind.Colon, position, position + 1);
                    return;
                case (byte)'=':
                    SetToken(TokenKind.Equals, position, position + 1);
                    return;
                case (byte)'@':
                    SetToken(TokenKind.At, position, position + 1);
                    return;
                case (byte)'[':
                    SetToken(TokenKind.BracketL, position, position + 1);
                    return;
                case (byte)']':
                    SetToken(TokenKind.BracketR, position, position + 1);
                    return;
                case (byte)'{':
                    SetToken(TokenKind.BraceL, position, position + 1);
                    return;
                case (byte)'|':
                    SetToken(TokenKind.Pipe, position, position + 1);
                    return;
                case (byte)'}':
                    SetToken(TokenKind.BraceR, position, position + 1);
                    return;
                case (byte)'"':
                    if (At(position + 1) == '"' && At(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
                case (byte)'-' or >= (byte)'0' and <= (byte)'9':
                    ReadNumber(position, code);
                    return;
                case >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'_':
                    ReadName(position);
                    return;
            }

            throw UnexpectedCharacter(position);
        }

        SetToken(TokenKind.Eof, body.Length, body.Length);
    }

    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        TokenStart = start;
        TokenEnd = end;
        _position = end;
    }

    private readonly int At(int position) => position < _body.Length ? _body[position] : -1;

    // A comment runs to the end of the line; a lone surrogate ends it too, so that the next token reports it.
    private readonly int SkipComment(int start)
    {
        var position = start + 1;
        while (true)
        {
            var offset = _body[position..].IndexOfAny(CommentStops);
            if (offset < 0)
            {
                return _body.Length;
            }

            position += offset;
            if (_body[position] != 0xED || IsSurrogateAt(position))
            {
                return position;
            }

            position++;
        }
    }

    private void ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }

        SetToken(TokenKind.Name, start, position);
    }

    // Spec §2.9.1 IntValue and §2.9.2 FloatValue; a number may not be followed by a "." or a name start.
    private void ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    // Spec §2.9.4 StringValue: "..." with escapes, on one line.
    private void ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        var value = new CharBuffer(stackalloc char[128]);
        var escaped = false;
        try
        {
            while (true)
            {
                var offset = body[position..].IndexOfAny(StringStops);
                if (offset < 0)
                {
                    position = body.Length;
                    break;
                }

                position += offset;
                var code = body[position];
                if (code == '"')
                {
                    var chunk = body[chunkStart..position];
                    if (escaped)
                    {
                        value.AppendUtf8(chunk);
                        _stringValue = value.ToString();
                    }
                    else
                    {
                        _stringValue = Encoding.UTF8.GetString(chunk);
                    }

                    SetToken(TokenKind.String, start, position + 1);
                    return;
                }

                if (code == '\\')
                {
                    value.AppendUtf8(body[chunkStart..position]);
                    escaped = true;
                    position += ReadEscape(position, ref value);
                    chunkStart = position;
                    continue;
                }

                if (code is (byte)'\n' or (byte)'\r')
                {
                    break;
                }

                if (IsSurrogateAt(position))
                {
                    throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
                }

                position++;
            }

            throw Error(position, "Unterminated string.");
        }
        finally
        {
            value.Dispose();
        }
    }

    // Reads the escape sequence at position into value; returns its length in bytes.
    private readonly int ReadEscape(int position, ref CharBuffer value)
    {
        var next = At(position + 1);
        if (next == 'u')
        {
            return At(position + 2) == '{'
                ? ReadVariableWidthUnicodeEscape(position, ref value)
                : ReadFixedWidthUnicodeEscape(position, ref value);
        }

        char? escaped = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is not { } c)
        {
            throw Error(position, $"Invalid character escape sequence: \"{SliceCodeUnits(position, 2)}\".");
        }

        value.Append(c);
        return 2;
    }

    // \u{X...}: at most eight hex digits for a Unicode scalar value.
    private readonly int ReadVariableWidthUnicodeEscape(int position, ref CharBuffer value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.AppendCodePoint(point);
                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceCodeUnits(position, size)}\".");
    }

    // \uXXXX, where a leading surrogate must be followed by an escaped trailing one, as in JSON.
    private readonly int ReadFixedWidthUnicodeEscape(int position, ref CharBuffer value)
    {
        var code = ReadFourHexDigits(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = ReadFourHexDigits(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code);
                value.Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceCodeUnits(position, 6)}\".");
    }

    private readonly int ReadFourHexDigits(int position) =>
        (HexValue(At(position)) << 12)
        | (HexValue(At(position + 1)) << 8)
        | (HexValue(At(position + 2)) << 4)
        | HexValue(At(position + 3));

    // Spec §2.9.4 BlockStringValue: """...""" where only \""" is an escape; the value is dedented.
    private void ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var raw = new CharBuffer(stackalloc char[256]);
        try
        {
            while (true)
            {
                var offset = body[position..].IndexOfAny(BlockStringStops);
                if (offset < 0)
                {
                    position = body.Length;
                    break;
                }

                position += offset;
                var code = body[position];
                if (code == '"')
                {
                    if (At(position + 1) == '"' && At(position + 2) == '"')
                    {
                        raw.AppendUtf8(body[chunkStart..position]);
                        _stringValue = BlockString.Dedent(raw.Written);
                        SetToken(TokenKind.BlockString, start, position + 3);
                        return;
                    }

                    position++;
                    continue;
                }

                if (code == '\\')
                {
                    if (At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
                    {
                        raw.AppendUtf8(body[chunkStart..position]);
                        chunkStart = position + 1; // keep the quotes, drop the backslash
                        position += 4;
                        continue;
                    }

                    position++;
                    continue;
                }

                if (IsSurrogateAt(position))
                {
                    throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
                }

                position++;
            }

            throw Error(position, "Unterminated string.");
        }
        finally
        {
            raw.Dispose();
        }
    }

    private readonly GraphQLError UnexpectedCharacter(int position)
    {
        var code = CodePointAt(position);
        if (code == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        return code is >= 0xD800 and <= 0xDFFF
            ? Error(position, $"Invalid character: {PrintCodePointAt(position)}.")
            : Error(position, $"Unexpected character: {PrintCodePointAt(position)}.");
    }

    /// <summary>A character for a message: <c>"x"</c> if printable ASCII, else <c>U+XXXX</c>; <c>&lt;EOF&gt;</c> at the end.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        var code = CodePointAt(position);
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    // The code point whose encoding starts at position; a lone surrogate decodes to itself (see Source).
    private readonly int CodePointAt(int position) => Decode(position, out _);

    private readonly int Decode(int position, out int length)
    {
        var b0 = _body[position];
        if (b0 < 0x80)
        {
            length = 1;
            return b0;
        }

        if (b0 < 0xE0)
        {
            length = 2;
            return ((b0 & 0x1F) << 6) | Continuation(position + 1, 0);
        }

        if (b0 < 0xF0)
        {
            length = 3;
            return ((b0 & 0x0F) << 12) | Continuation(position + 1, 6) | Continuation(position + 2, 0);
        }

        length = 4;
        return ((b0 & 0x07) << 18) | Continuation(position + 1, 12) | Continuation(position + 2, 6) | Continuation(position + 3, 0);
    }

    private readonly int Continuation(int position, int shift) =>
        position < _body.Length ? (_body[position] & 0x3F) << shift : 0;

    /// <summary>
    /// The text of <paramref name="count"/> UTF-16 code units from a byte position, as graphql-js slices its string
    /// body for messages (which may cut a surrogate pair in half).
    /// </summary>
    private readonly string SliceCodeUnits(int position, int count)
    {
        var text = new StringBuilder(count);
        while (count > 0 && position < _body.Length)
        {
            var code = Decode(position, out var length);
            position += length;
            if (code < 0x10000)
            {
                text.Append((char)code);
                count--;
                continue;
            }

            var pair = char.ConvertFromUtf32(code);
            text.Append(count >= 2 ? pair : pair[..1]);
            count -= 2;
        }

        return text.ToString();
    }

    private readonly bool IsSurrogateAt(int position) =>
        _body[position] == 0xED && position + 1 < _body.Length && _body[position + 1] >= 0xA0;

    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsNameStart(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    private static bool IsNameContinue(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };
}
