using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Converts a coerced input value (see <c>InputValues</c> for its CLR shapes) to the type a resolver asks for:
/// numbers between numeric types, enum value names to CLR enum members (ignoring case and underscores, so
/// <c>IN_PROGRESS</c> binds to <c>InProgress</c>), lists to arrays and list interfaces, and input objects to CLR
/// classes or records (constructor parameters and settable properties matched by name, ignoring case).
/// </summary>
internal static class ArgumentConverter
{
    private static readonly ConcurrentDictionary<Type, ObjectBinding> Bindings = new();

    public static T Convert<T>(object? value) => value is T typed ? typed : (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return ToEnum(value, underlying);
        }

        if (value is IReadOnlyDictionary<string, object?> fields)
        {
            return Bindings.GetOrAdd(underlying, static type => new ObjectBinding(type)).Create(fields);
        }

        if (value is IEnumerable items and not string && TryGetElementType(underlying, out var elementType))
        {
            return ToList(items, underlying, elementType);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (underlying == typeof(Guid) && value is string text)
        {
            return Guid.Parse(text, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
    }

    private static object ToEnum(object value, Type enumType)
    {
        var text = value.ToString() ?? string.Empty;
        var wanted = Normalize(text);
        foreach (var name in Enum.GetNames(enumType))
        {
            if (Normalize(name) == wanted)
            {
                return Enum.Parse(enumType, name);
            }
        }

        throw new InvalidCastException($"\"{text}\" is not a member of {enumType.Name}.");
    }

    private static string Normalize(string name) =>
        name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static bool TryGetElementType(Type target, out Type elementType)
    {
        if (target.IsArray)
        {
            elementType = target.GetElementType()!;
            return true;
        }

        if (target.IsGenericType && target.GetGenericArguments() is [var argument]
            && target.IsAssignableFrom(typeof(List<>).MakeGenericType(argument)))
        {
            elementType = argument;
            return true;
        }

        elementType = typeof(object);
        return false;
    }

    private static object ToList(IEnumerable items, Type target, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
        {
            list.Add(Convert(item, elementType));
        }

        if (!target.IsArray)
        {
            return list;
        }

        var array = Array.CreateInstance(elementType, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    /// <summary>How to build a CLR object from an input object's fields.</summary>
    private sealed class ObjectBinding
    {
        private readonly Type _type;
        private readonly ConstructorInfo? _constructor;
        private readonly ParameterInfo[] _parameters = [];
        private readonly PropertyInfo[] _properties;

        public ObjectBinding(Type type)
        {
            _type = type;
            if (type.IsInterface || type.IsAbstract)
            {
                throw new InvalidCastException($"Cannot bind an input object to the abstract type {type.Name}.");
            }

            // The constructor with the most parameters: a record's primary constructor, or the default one.
            _constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            _parameters = _constructor?.GetParameters() ?? [];
            _properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0
                    && !_parameters.Any(parameter => string.Equals(parameter.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
                .ToArray();
        }

        public object Create(IReadOnlyDictionary<string, object?> fields)
        {
            var arguments = new object?[_parameters.Length];
            for (var i = 0; i < _parameters.Length; i++)
            {
                var parameter = _parameters[i];
                arguments[i] = TryGetField(fields, parameter.Name!, out var value)
                    ? Convert(value, parameter.ParameterType)
                    : parameter.HasDefaultValue ? parameter.DefaultValue : Convert(null, parameter.ParameterType);
            }

            var instance = _constructor is null ? Activator.CreateInstance(_type)! : _constructor.Invoke(arguments);
            foreach (var property in _properties)
            {
                if (TryGetField(fields, property.Name, out var value))
                {
                    property.SetValue(instance, Convert(value, property.PropertyType));
                }
            }

            return instance;
        }

        private static bool TryGetField(IReadOnlyDictionary<string, object?> fields, string name, out object? value)
        {
            if (fields.TryGetValue(name, out value))
            {
                return true;
            }

            foreach (var (key, candidate) in fields)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = candidate;
                    return true;
                }
            }

            return false;
        }
    }
}
