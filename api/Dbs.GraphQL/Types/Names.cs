namespace Dbs.GraphQL.Types;

/// <summary>Name rules of spec §2.1.9, checked when a type system element is constructed in code.</summary>
internal static class Names
{
    public static void Assert(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException("Expected name to be a non-empty string.", nameof(name));
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsNameContinue(name[i]))
            {
                throw new ArgumentException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", nameof(name));
            }
        }

        if (!IsNameStart(name[0]))
        {
            throw new ArgumentException($"Names must start with [_a-zA-Z] but \"{name}\" does not.", nameof(name));
        }
    }

    public static void AssertEnumValue(string name)
    {
        if (name is "true" or "false" or "null")
        {
            throw new ArgumentException($"Enum values cannot be named: {name}", nameof(name));
        }

        Assert(name);
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
