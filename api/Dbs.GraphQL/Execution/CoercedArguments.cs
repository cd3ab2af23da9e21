namespace Dbs.GraphQL.Execution;

/// <summary>
/// The coerced argument values of one field or directive (spec §6.4.1 CoerceArgumentValues): only the arguments
/// that were given or have a default value, in definition order. Few enough that a linear lookup wins.
/// </summary>
internal sealed class CoercedArguments
{
    public static CoercedArguments Empty { get; } = new([], []);

    private readonly string[] _names;
    private readonly object?[] _values;

    public CoercedArguments(string[] names, object?[] values)
    {
        _names = names;
        _values = values;
    }

    public int Count => _names.Length;

    public bool TryGetValue(string name, out object? value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = null;
        return false;
    }
}
