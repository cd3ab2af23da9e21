namespace Dbs.GraphQL.Execution;

/// <summary>
/// The response of one execution as two growing arrays: slots and nodes (objects and lists), so that a result of
/// a hundred thousand values costs a handful of allocations, and none once the tree is reused. Slots are addressed by
/// index because the arrays move when they grow.
/// </summary>
internal sealed class ResultTree
{
    private const int InitialSlots = 256;
    private const int InitialNodes = 64;

    public ResultSlot[] Slots { get; private set; } = new ResultSlot[InitialSlots];

    public ResultNode[] Nodes { get; private set; } = new ResultNode[InitialNodes];

    public int SlotCount { get; private set; }

    public int NodeCount { get; private set; }

    /// <summary>Arrays larger than this are not kept for reuse.</summary>
    public bool IsLarge => Slots.Length > 1 << 18;

    public int AddObject(SelectionSetPlan plan, int parent, int parentSlot)
    {
        var node = AddNode(plan.Fields.Length, parent, parentSlot);
        Nodes[node].Plan = plan;
        return node;
    }

    public int AddList(int count, bool itemsNonNull, int parent, int parentSlot)
    {
        var node = AddNode(count, parent, parentSlot);
        Nodes[node].ItemsNonNull = itemsNonNull;
        return node;
    }

    /// <summary>Forgets every value (and the references to the resolvers' objects) so the arrays can serve again.</summary>
    public void Clear()
    {
        Array.Clear(Slots, 0, SlotCount);
        Array.Clear(Nodes, 0, NodeCount);
        SlotCount = 0;
        NodeCount = 0;
    }

    private int AddNode(int count, int parent, int parentSlot)
    {
        if (NodeCount == Nodes.Length)
        {
            var nodes = Nodes;
            Array.Resize(ref nodes, nodes.Length * 2);
            Nodes = nodes;
        }

        var first = SlotCount;
        var needed = first + count;
        if (needed > Slots.Length)
        {
            var slots = Slots;
            Array.Resize(ref slots, Math.Max(needed, slots.Length * 2));
            Slots = slots;
        }

        SlotCount = needed;
        var index = NodeCount++;
        ref var node = ref Nodes[index];
        node.Parent = parent;
        node.ParentSlot = parentSlot;
        node.First = first;
        node.Count = count;
        return index;
    }
}
