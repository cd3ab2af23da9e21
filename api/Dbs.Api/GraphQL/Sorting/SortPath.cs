using Dbs.Api.GraphQL.Filtering;

namespace Dbs.Api.GraphQL.Sorting;

/// <summary>
/// One entry of an <c>order</c> argument: a field, reached through zero or more relations (<c>{ supplier: { name: ASC } }</c>),
/// and its direction.
/// </summary>
public sealed record SortPath(IReadOnlyList<ListField> Fields, bool Descending)
{
    /// <summary>The entry as text, e.g. <c>supplier.name:ASC</c>; the order's entries joined name it in cursors.</summary>
    public override string ToString() =>
        string.Join('.', Fields.Select(f => f.Name)) + (Descending ? ":DESC" : ":ASC");

    /// <summary>
    /// The entries of <paramref name="order"/> (coerced <c>[…SortInput!]</c>), each naming exactly one field: an input
    /// object's fields arrive in definition order, not the order the request wrote them in, so with several fields
    /// per entry the order would be ambiguous.
    /// </summary>
    internal static IReadOnlyList<SortPath> Parse(ListDescriptor descriptor, IReadOnlyList<object?>? order)
    {
        if (order is null)
        {
            return [];
        }

        if (order.Count > FilterLimits.MaxSortKeys)
        {
            throw FilterErrors.Error($"`order` has {order.Count} entries; at most {FilterLimits.MaxSortKeys} are allowed.",
                FilterErrors.TooManySortKeys);
        }

        return [.. order.Select(entry => Path(descriptor, entry, []))];
    }

    private static SortPath Path(ListDescriptor descriptor, object? entry, List<ListField> fields)
    {
        var set = (entry as IReadOnlyDictionary<string, object?>)?.Where(f => f.Value is not null).ToList() ?? [];
        if (set.Count != 1)
        {
            throw FilterErrors.Error(
                $"Each `order` entry names exactly one field (this one names {set.Count}); write `[{{ a: ASC }}, {{ b: DESC }}]` to sort by several.",
                FilterErrors.InvalidSort);
        }

        var (name, value) = set[0];
        var field = descriptor.Field(name) ?? throw new InvalidOperationException($"{descriptor.Name} has no sort field {name}.");
        fields.Add(field);
        return field.Kind == ListFieldKind.Relation
            ? Path(field.Target!(), value, fields)
            : new SortPath(fields, value is "DESC");
    }
}
