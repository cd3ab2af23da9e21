using System.Text;

namespace Dbs.GraphQL.Language;

/// <summary>
/// A GraphQL document's text and name. The lexer reads UTF-8; a string body is encoded once, a UTF-8 body (as the
/// HTTP layer receives it) is used as is. Positions shown to users are offsets into the decoded text in UTF-16 code
/// units, as in graphql-js; they are computed from UTF-8 offsets only when asked for.
/// </summary>
public sealed class Source
{
    public const string DefaultName = "GraphQL request";

    // Number of UTF-8 bytes between two stored UTF-16 offsets when mapping a non-ASCII document.
    private const int CheckpointShift = 8;

    private string? _body;
    private int[]? _checkpoints;
    private (int Index, int End)[]? _lineBreaks;

    public Source(string body, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        _body = body;
        Name = name;
        var utf8 = EncodeUtf8(body);
        Utf8 = utf8;
        IsAscii = utf8.Length == body.Length;
    }

    /// <summary>
    /// A source over UTF-8 bytes, which are not copied: they must not change while the source or an AST parsed from
    /// it is in use. Invalid UTF-8 sequences read as U+FFFD, as a decoder with replacement (like a browser's) would.
    /// </summary>
    public Source(ReadOnlyMemory<byte> utf8, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        if (System.Text.Ascii.IsValid(utf8.Span))
        {
            Utf8 = utf8;
            IsAscii = true;
        }
        else if (System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            Utf8 = utf8;
        }
        else
        {
            _body = Encoding.UTF8.GetString(utf8.Span);
            Utf8 = EncodeUtf8(_body);
        }
    }

    /// <summary>A source over a copy of the given UTF-8 bytes.</summary>
    public static Source FromUtf8(ReadOnlySpan<byte> utf8, string name = DefaultName) =>
        new(utf8.ToArray(), name);

    public string Name { get; }

    /// <summary>The text, decoded on first use when the source was made from UTF-8.</summary>
    public string Body => _body ??= Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>The length of <see cref="Body"/> in UTF-16 code units.</summary>
    public int Length => ToCharOffset(Utf8.Length);

    /// <summary>
    /// The text as UTF-8. A lone surrogate of a string body is kept as its three-byte form so that the lexer can
    /// report it the way graphql-js does.
    /// </summary>
    internal ReadOnlyMemory<byte> Utf8 { get; }

    internal bool IsAscii { get; }

    /// <summary>
    /// The 1-based line and column of a position (an offset in UTF-16 code units); lines end at <c>\r\n</c>,
    /// <c>\n</c> or <c>\r</c>, as graphql-js's <c>getLocation</c> counts them.
    /// </summary>
    public SourceLocation GetLocation(int position)
    {
        // Line breaks as graphql-js matches them (/\r\n|[\n\r]/g): a break counts when it starts before the position.
        var breaks = LineBreaks;
        int lo = 0, hi = breaks.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (breaks[mid].Index < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0
            ? new SourceLocation(1, position + 1)
            : new SourceLocation(lo + 1, position + 1 - breaks[lo - 1].End);
    }

    // Computed once per source, so an error with many locations on a large document stays linear.
    private (int Index, int End)[] LineBreaks => _lineBreaks ??= FindLineBreaks(Body);


    private static (int Index, int End)[] FindLineBreaks(string body)
    {
        var breaks = new List<(int Index, int End)>();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                breaks.Add((i, i + 1));
            }
            else if (c == '\r')
            {
                var end = i + 1 < body.Length && body[i + 1] == '\n' ? i + 2 : i + 1;
                breaks.Add((i, end));
                i = end - 1;
            }
        }

        return [.. breaks];
    }

    /// <summary>Converts an offset into <see cref="Utf8"/> to an offset into <see cref="Body"/>.</summary>
    internal int ToCharOffset(int utf8Offset)
    {
        if (IsAscii)
        {
            return utf8Offset;
        }

        var bytes = Utf8.Span;
        var checkpoints = _checkpoints ??= BuildCheckpoints(bytes);
        var block = utf8Offset >> CheckpointShift;
        var count = checkpoints[block];
        for (var i = block << CheckpointShift; i < utf8Offset; i++)
        {
            count += Utf16Units(bytes[i]);
        }

        return count;
    }

    /// <summary>Converts an offset into <see cref="Body"/> to an offset into <see cref="Utf8"/>.</summary>
    internal int ToUtf8Offset(int charOffset)
    {
        if (IsAscii)
        {
            return charOffset;
        }

        var bytes = Utf8.Span;
        var count = 0;
        var i = 0;
        while (i < bytes.Length && count < charOffset)
        {
            count += Utf16Units(bytes[i]);
            i++;
            while (i < bytes.Length && (bytes[i] & 0xC0) == 0x80)
            {
                i++;
            }
        }

        return i;
    }

    // A lead byte stands for one UTF-16 code unit, a four-byte sequence for two, continuation bytes for none.
    private static int Utf16Units(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;

    private static int[] BuildCheckpoints(ReadOnlySpan<byte> bytes)
    {
        var checkpoints = new int[(bytes.Length >> CheckpointShift) + 1];
        var count = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if ((i & ((1 << CheckpointShift) - 1)) == 0)
            {
                checkpoints[i >> CheckpointShift] = count;
            }

            count += Utf16Units(bytes[i]);
        }

        if ((bytes.Length & ((1 << CheckpointShift) - 1)) == 0)
        {
            checkpoints[bytes.Length >> CheckpointShift] = count;
        }

        return checkpoints;
    }

    // UTF-8, except that a lone surrogate keeps its own three-byte form instead of becoming U+FFFD.
    private static byte[] EncodeUtf8(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        var status = System.Text.Unicode.Utf8.FromUtf16(text, bytes, out _, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done && written == bytes.Length)
        {
            return bytes;
        }

        var j = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
                bytes[j++] = (byte)(0xF0 | (codePoint >> 18));
                bytes[j++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                bytes[j++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                bytes[j++] = (byte)(0x80 | (codePoint & 0x3F));
            }
            else if (c < 0x80)
            {
                bytes[j++] = (byte)c;
            }
            else if (c < 0x800)
            {
                bytes[j++] = (byte)(0xC0 | (c >> 6));
                bytes[j++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                bytes[j++] = (byte)(0xE0 | (c >> 12));
                bytes[j++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                bytes[j++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return bytes;
    }
}
