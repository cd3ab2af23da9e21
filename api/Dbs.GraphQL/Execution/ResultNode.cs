namespace Dbs.GraphQL.Execution;

/// <summary>
/// An object or a list of the response: a contiguous range of slots in the <see cref="ResultTree"/>, and where it
/// hangs in its parent, so that a null can travel up to the nearest nullable position (spec §6.4.4).
/// </summary>
internal struct ResultNode
{
    /// <summary>The object's fields (the response keys, in order); null for a list.</summary>
    public SelectionSetPlan? Plan;

    /// <summary>The parent node, -1 for the root object.</summary>
    public int Parent;

    /// <summary>The slot of the parent that holds this node.</summary>
    public int ParentSlot;

    public int First;

    public int Count;

    /// <summary>For a list: whether its item type is non-null.</summary>
    public bool ItemsNonNull;

    /// <summary>Replaced by null because a non-null position inside it failed.</summary>
    public bool IsNull;
}
