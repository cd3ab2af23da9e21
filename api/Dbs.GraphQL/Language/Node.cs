namespace Dbs.GraphQL.Language;

/// <summary>
/// The base of every AST node. Nodes are immutable; list properties are never null (an absent list is the shared
/// empty list), and <see cref="Location"/> is null when the parser ran with <see cref="ParserOptions.NoLocation"/>
/// or the node was built by hand.
/// </summary>
public abstract class Node
{
    public abstract Kind Kind { get; }

    public Location? Location { get; init; }

    /// <summary>The node printed as GraphQL (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);
}
