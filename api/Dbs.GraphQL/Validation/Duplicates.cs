using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation;

/// <summary>Groups of same-named items, as graphql-js's <c>groupBy</c> followed by "groups of more than one".</summary>
internal static class Duplicates
{
    /// <summary>
    /// Each name given to more than one item, in order of first appearance, with all its name nodes; an empty list
    /// (allocating nothing) when all names differ.
    /// </summary>
    public static IReadOnlyList<(string Name, List<Node> Nodes)> Find<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        // Lists are short (arguments, variables): compare pairwise before allocating anything.
        if (!HasDuplicate(items, nameOf))
        {
            return [];
        }

        var groups = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!groups.TryGetValue(name.Value, out var group))
            {
                groups.Add(name.Value, group = []);
                order.Add(name.Value);
            }

            group.Add(name);
        }

        var duplicates = new List<(string Name, List<Node> Nodes)>();
        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                duplicates.Add((name, groups[name]));
            }
        }

        return duplicates;
    }

    private static bool HasDuplicate<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        if (items.Count < 2)
        {
            return false;
        }

        if (items.Count > 16)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!seen.Add(nameOf(item).Value))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < items.Count; i++)
        {
            var name = nameOf(items[i]).Value;
            for (var j = 0; j < i; j++)
            {
                if (nameOf(items[j]).Value == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
