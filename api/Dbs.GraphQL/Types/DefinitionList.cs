using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Dbs.GraphQL.Types;

/// <summary>
/// An ordered, read-only list of named definitions (fields, arguments, input fields, enum values) with a lookup by
/// name: a scan for a few definitions, a frozen dictionary for more (building one per field's arguments would
/// dominate the time to build a large schema). Order is the order of definition, which introspection and the
/// schema printer keep.
/// </summary>
public sealed class DefinitionList<T> : IReadOnlyList<T>
    where T : class, INamedElement
{
    private const int ScanLimit = 8;

    private readonly T[] _items;
    private readonly FrozenDictionary<string, T>? _byName;

    public DefinitionList(IEnumerable<T> items)
    {
        _items = [.. items];
        var byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            if (!byName.TryAdd(item.Name, item))
            {
                throw new ArgumentException($"\"{item.Name}\" can only be defined once.", nameof(items));
            }
        }

        _byName = _items.Length > ScanLimit ? byName.ToFrozenDictionary(StringComparer.Ordinal) : null;
    }

    public static DefinitionList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The definition with this name, or null.</summary>
    public T? this[string name] => TryGet(name, out var definition) ? definition : null;

    public bool Contains(string name) => TryGet(name, out _);

    public bool TryGet(string name, [MaybeNullWhen(false)] out T definition)
    {
        if (_byName is not null)
        {
            return _byName.TryGetValue(name, out definition);
        }

        foreach (var item in _items)
        {
            if (string.Equals(item.Name, name, StringComparison.Ordinal))
            {
                definition = item;
                return true;
            }
        }

        definition = null;
        return false;
    }

    public IEnumerable<string> Names => _items.Select(i => i.Name);

    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
