namespace Dbs.GraphQL.Execution;

/// <summary>
/// One value of the response: a response key's value in an object or an item of a list. Leaves are held inline
/// (numbers unboxed), objects and lists by the index of their <see cref="ResultNode"/>.
/// </summary>
internal struct ResultSlot
{
    public object? Reference;
    public double Number;
    public int Node;
    public ResultKind Kind;
}
