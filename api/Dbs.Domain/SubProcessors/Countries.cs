using System.Collections.Frozen;

namespace Dbs.Domain.SubProcessors;

/// <summary>ISO 3166-1 alpha-2 country codes and which of them are in the EU/EEA.</summary>
public static class Countries
{
    /// <summary>The 27 EU member states plus Iceland, Liechtenstein and Norway.</summary>
    public static readonly FrozenSet<string> Eea = new[]
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The EEA codes as a list, for <c>Contains</c> in queries (translated to SQL <c>IN</c>).</summary>
    public static readonly IReadOnlyList<string> EeaList = [.. Eea.Order(StringComparer.Ordinal)];

    public static bool IsWellFormed(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);

    public static bool IsInEea(string code) => Eea.Contains(code);
}
