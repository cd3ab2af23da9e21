using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Dbs.GraphQL.Types;

/// <summary>
/// An ordered, read-only list of named definitions (fields, arguments, input fields, enum values) with a frozen
/// lookup by name. Order is the order of definition, which introspection and the schema printer keep.
/// </summary>
public sealed class DefinitionList<T> : IReadOnlyList<T>
    where T : class, INamedElement
{
    private readonly T[] _items;
    private readonly FrozenDictionary<string, T> _byName;

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

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static DefinitionList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The definition with this name, or null.</summary>
    public T? this[string name] => _byName.GetValueOrDefault(name);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public bool TryGet(string name, [MaybeNullWhen(false)] out T definition) => _byName.TryGetValue(name, out definition);

    public IEnumerable<string> Names => _items.Select(i => i.Name);

    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
