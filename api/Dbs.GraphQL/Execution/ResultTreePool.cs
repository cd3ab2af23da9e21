namespace Dbs.GraphQL.Execution;

/// <summary>Keeps a few cleared result trees for reuse, so that a warm executor allocates almost nothing per result.</summary>
internal sealed class ResultTreePool
{
    private const int MaxKept = 4;

    private readonly Stack<ResultTree> _trees = new();

    public ResultTree Rent()
    {
        lock (_trees)
        {
            return _trees.TryPop(out var tree) ? tree : new ResultTree();
        }
    }

    public void Return(ResultTree tree)
    {
        if (tree.IsLarge)
        {
            return;
        }

        tree.Clear();
        lock (_trees)
        {
            if (_trees.Count < MaxKept)
            {
                _trees.Push(tree);
            }
        }
    }
}
