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
        var bound = runtimeType is null ? null : MemberAccessors.Get(runtimeType, fieldName);
        if (bound is not null)
        {
            return parent => parent is not null && parent.GetType() == runtimeType ? bound(parent) : ReadAny(parent, fieldName);
        }

        return parent => ReadAny(parent, fieldName);
    }

    private static object? ReadAny(object? parent, string fieldName) => parent switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(fieldName, out var value) ? value : null,
        IDictionary<string, object?> map => map.TryGetValue(fieldName, out var value) ? value : null,
        _ => MemberAccessors.Get(parent.GetType(), fieldName) is { } getter ? getter(parent) : null,
    };
}
