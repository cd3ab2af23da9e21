namespace Dbs.GraphQL.Validation;

/// <summary>
/// Sorts a list exactly as node's <c>Array.prototype.sort</c> (V8's TimSort) would, so that a comparison which is
/// not a strict total order (as graphql-js's ranking of suggested types is not) still yields graphql-js's order.
/// Below 64 items TimSort is one run made by binary insertion, reproduced here step by step; longer lists are
/// sorted stably, which gives the same result for any consistent comparison.
/// </summary>
internal static class JavaScriptSort
{
    private const int MinMerge = 64;

    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var length = items.Count;
        if (length < 2)
        {
            return;
        }

        if (length >= MinMerge)
        {
            var sorted = items.Order(Comparer<T>.Create(compare)).ToList();
            items.Clear();
            items.AddRange(sorted);
            return;
        }

        var runLength = CountAndMakeRun(items, compare);
        BinaryInsertionSort(items, runLength, compare);
    }

    // The leading run: ascending, or strictly descending and then reversed.
    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count == 1)
        {
            return 1;
        }

        var runLength = 2;
        var isDescending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var order = compare(items[i], previous);
            if (isDescending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = items[i];
            runLength++;
        }

        if (isDescending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, int start, Comparison<T> compare)
    {
        for (; start < items.Count; start++)
        {
            var left = 0;
            var right = start;
            var pivot = items[start];
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }
}
