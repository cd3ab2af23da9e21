using System.Collections;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>
/// Bounds on a <c>where</c> argument, so one request cannot make a huge or deeply nested SQL statement: checked before
/// anything is translated, over the coerced value (input objects are dictionaries, lists are lists).
/// </summary>
public static class FilterLimits
{
    /// <summary>Nesting of input objects: each filter, <c>and</c>/<c>or</c> entry, relation and operation input counts.</summary>
    public const int MaxDepth = 8;

    /// <summary>Operations (eq, contains, some, …) and <c>and</c>/<c>or</c> entries in one filter.</summary>
    public const int MaxOperations = 50;

    /// <summary>Values in one <c>in</c> or <c>nin</c> list.</summary>
    public const int MaxValues = 100;

    /// <summary>Entries in one <c>order</c> argument (the id is added after them).</summary>
    public const int MaxSortKeys = 5;

    internal static void Check(IReadOnlyDictionary<string, object?>? where)
    {
        if (where is not null)
        {
            var operations = 0;
            Walk(where, 1, ref operations);
        }
    }

    private static void Walk(IReadOnlyDictionary<string, object?> input, int depth, ref int operations)
    {
        if (depth > MaxDepth)
        {
            throw FilterErrors.Error($"The filter nests deeper than {MaxDepth} levels; flatten its `and`/`or`.", FilterErrors.TooDeep);
        }

        foreach (var (name, value) in input)
        {
            switch (value)
            {
                case IReadOnlyDictionary<string, object?> nested:
                    Walk(nested, depth + 1, ref operations);
                    break;
                case IList list when name is "and" or "or":
                    foreach (var item in list)
                    {
                        Count(ref operations);
                        if (item is IReadOnlyDictionary<string, object?> entry)
                        {
                            Walk(entry, depth + 1, ref operations);
                        }
                    }

                    break;
                case IList list when list.Count > MaxValues:
                    throw FilterErrors.Error($"`{name}` lists {list.Count} values; at most {MaxValues} are allowed.",
                        FilterErrors.TooManyValues);
                default:
                    Count(ref operations);
                    break;
            }
        }
    }

    private static void Count(ref int operations)
    {
        if (++operations > MaxOperations)
        {
            throw FilterErrors.Error($"The filter has more than {MaxOperations} operations; simplify it.", FilterErrors.TooComplex);
        }
    }
}
