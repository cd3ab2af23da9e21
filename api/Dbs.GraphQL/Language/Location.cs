namespace Dbs.GraphQL.Language;

/// <summary>
/// Where a node came from: start and end offsets into <see cref="Source.Body"/> in UTF-16 code units, as graphql-js
/// reports them.
/// </summary>
public sealed class Location
{
    private readonly int _start;
    private readonly int _end;
    private readonly bool _utf8;

    public Location(int start, int end, Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _start = start;
        _end = end;
        Source = source;
    }

    private Location(Source source, int utf8Start, int utf8End)
    {
        _start = utf8Start;
        _end = utf8End;
        _utf8 = true;
        Source = source;
    }

    public Source Source { get; }

    public int Start => _utf8 ? Source.ToCharOffset(_start) : _start;

    public int End => _utf8 ? Source.ToCharOffset(_end) : _end;

    /// <summary>The start as an offset into the source's UTF-8 text.</summary>
    internal int Utf8Start => _utf8 ? _start : Source.ToUtf8Offset(_start);

    /// <summary>The end as an offset into the source's UTF-8 text.</summary>
    internal int Utf8End => _utf8 ? _end : Source.ToUtf8Offset(_end);

    /// <summary>A location from UTF-8 offsets; converted to character offsets only if read.</summary>
    internal static Location FromUtf8(Source source, int utf8Start, int utf8End) =>
        source.IsAscii ? new Location(utf8Start, utf8End, source) : new Location(source, utf8Start, utf8End);

    public override string ToString() => $"{Start}..{End}";
}
