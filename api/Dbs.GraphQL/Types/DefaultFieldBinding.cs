namespace Dbs.GraphQL.Types;

/// <summary>
/// The default resolver (spec §6.4.2 leaves it to the implementation): read the parent's member with the field's
/// name, or the dictionary entry with that key. With a bound runtime type the getter for that type is compiled up
/// front and used whenever the parent has exactly that type.
/// </summary>
internal static class DefaultFieldBinding
{
    public static void Bind(FieldDefinition field, Type? runtimeType)
    {
        var reader = CreateReader(field.Name, runtimeType);
        field.ParentReader = reader;
        field.Resolver = context => new ValueTask<object?>(reader(context.Parent));
    }

    public static ParentValueReader CreateReader(string fieldName, Type? runtimeType)
    {
        // The last CLR type seen and its getter: parents of one field nearly always share one type, so the common
        // case is a reference comparison and a compiled getter call, without a dictionary lookup.
        var last = runtimeType is null ? null : new CachedGetter(runtimeType, MemberAccessors.Get(runtimeType, fieldName));
        return parent =>
        {
            if (parent is null)
            {
                return null;
            }

            var cached = last;
            var type = parent.GetType();
            if (cached is not null && cached.Type == type && cached.Getter is not null)
            {
                return cached.Getter(parent);
            }

            switch (parent)
            {
                // The concrete class first: a class check is much cheaper than a generic interface check.
                case Dictionary<string, object?> dictionary:
                    return dictionary.TryGetValue(fieldName, out var found) ? found : null;
                case IReadOnlyDictionary<string, object?> map:
                    return map.TryGetValue(fieldName, out var value) ? value : null;
                case IDictionary<string, object?> map:
                    return map.TryGetValue(fieldName, out var entry) ? entry : null;
            }

            var getter = MemberAccessors.Get(type, fieldName);
            last = new CachedGetter(type, getter);
            return getter?.Invoke(parent);
        };
    }

    private sealed record CachedGetter(Type Type, Func<object, object?>? Getter);
}
