using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Dbs.GraphQL.Types;

/// <summary>
/// Compiled getters for the public instance property or field of a CLR type that matches a GraphQL field name:
/// the exact name first, then ignoring case (camelCase field ↔ PascalCase member). Compiled once per type and name.
/// </summary>
internal static class MemberAccessors
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Cache = new();

    public static Func<object, object?>? Get(Type type, string fieldName) =>
        Cache.GetOrAdd((type, fieldName), static key => Compile(key.Item1, key.Item2));

    public static MemberInfo? Find(Type type, string fieldName)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var candidates = type.GetProperties(flags)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .Cast<MemberInfo>()
            .Concat(type.GetFields(flags))
            .ToList();
        return candidates.Find(m => m.Name == fieldName)
            ?? candidates.Find(m => string.Equals(m.Name, fieldName, StringComparison.OrdinalIgnoreCase));
    }

    private static Func<object, object?>? Compile(Type type, string fieldName)
    {
        var member = Find(type, fieldName);
        if (member is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var typed = Expression.Convert(instance, type);
        Expression access = member is PropertyInfo property
            ? Expression.Property(typed, property)
            : Expression.Field(typed, (FieldInfo)member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }
}
