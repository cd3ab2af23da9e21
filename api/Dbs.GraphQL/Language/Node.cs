namespace Dbs.GraphQL.Language;

/// <summary>
/// The base of every AST node. Nodes are immutable; list properties are never null (an absent list is the shared
/// empty list), and <see cref="Location"/> is null when the parser ran with <see cref="ParserOptions.NoLocation"/>
/// or the node was built by hand.
/// </summary>
public abstract class Node
{
    // The location is kept as offsets into the source's UTF-8 text rather than as a Location object, which saves
    // an allocation per node; Location objects are made when asked for.
    private Source? _source;
    private int _utf8Start;
    private int _utf8End;

    public abstract Kind Kind { get; }

    /// <summary>Where the node is in its source; a new <see cref="Language.Location"/> on each read.</summary>
    public Location? Location
    {
        get => _source is null ? null : Language.Location.FromUtf8(_source, _utf8Start, _utf8End);
        init
        {
            _source = value?.Source;
            _utf8Start = value?.Utf8Start ?? 0;
            _utf8End = value?.Utf8End ?? 0;
        }
    }

    /// <summary>The node printed as GraphQL (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);

    /// <summary>Sets the location of a node the parser has just built, before anyone else sees it.</summary>
    internal void SetLocation(Source source, int utf8Start, int utf8End)
    {
        _source = source;
        _utf8Start = utf8Start;
        _utf8End = utf8End;
    }
}
