using System.Text;

namespace Dbs.GraphQL.Language;

/// <summary>
/// Turns short ASCII tokens (names, numbers) into strings, reusing the string when the same bytes were seen before,
/// so that the many repeats of a field or type name do not each allocate. Shared by all threads: a slot holds an
/// immutable string and a lost race only costs an allocation.
/// </summary>
internal static class NameCache
{
    private const int MaxCachedLength = 32;
    private const int SlotCount = 4096;

    private static readonly string?[] Slots = new string?[SlotCount];

    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength)
        {
            return Encoding.Latin1.GetString(ascii);
        }

        var hash = 2166136261u;
        foreach (var b in ascii)
        {
            hash = (hash ^ b) * 16777619u;
        }

        var slot = (int)(hash & (SlotCount - 1));
        var cached = Volatile.Read(ref Slots[slot]);
        if (cached is not null && Matches(cached, ascii))
        {
            return cached;
        }

        var created = Encoding.Latin1.GetString(ascii);
        Volatile.Write(ref Slots[slot], created);
        return created;
    }

    private static bool Matches(string text, ReadOnlySpan<byte> ascii)
    {
        if (text.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (text[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
