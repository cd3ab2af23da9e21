using System.Linq.Expressions;

namespace Dbs.Api.GraphQL.Sorting;

/// <summary>
/// One key of a keyset order: <c>entity =&gt; value</c> of a type SQL compares the way it sorts (text, Int, Date,
/// DateTime; enums and Booleans as their ordinal), its direction, and whether it can be missing (missing sorts first
/// ascending, last descending, on every provider).
/// </summary>
public sealed record SortKey(LambdaExpression Key, bool Descending, bool Nullable)
{
    public Type Type => Key.ReturnType;

    public SortKey Reversed => this with { Descending = !Descending };
}
