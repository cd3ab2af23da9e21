using System.Collections.Frozen;
using System.Reflection;

namespace Dbs.Domain.Municipalities;

/// <summary>
/// Denmark's 98 municipalities as shipped in the embedded <c>Reference/municipalities.csv</c>, with DBS membership and
/// the CVR numbers we know. The reference data the database is filled from.
/// </summary>
public static class MunicipalityReference
{
    private static readonly Lazy<IReadOnlyList<MunicipalityRecord>> Records = new(Load);

    private static readonly Lazy<FrozenDictionary<string, MunicipalityRecord>> Index =
        new(() => Records.Value.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal));

    /// <summary>
    /// Member municipalities of DBS by kommunekode. The real membership list is maintained by DBS; this deterministic
    /// list (62 members, Frederiksberg 147 not among them) is the starting point, and the database's
    /// <see cref="Municipality.IsMember"/> is what counts once imported.
    /// </summary>
    public static readonly FrozenSet<string> MemberCodes = new[]
    {
        // Region Nordjylland (all 11)
        "773", "787", "810", "813", "820", "825", "840", "846", "849", "851", "860",
        // Region Midtjylland (all 19)
        "615", "657", "661", "665", "671", "706", "707", "710", "727", "730", "740", "741", "746", "751", "756",
        "760", "766", "779", "791",
        // Region Syddanmark (20 of 22)
        "410", "420", "430", "440", "450", "461", "479", "480", "482", "492", "510", "530", "540", "550", "561",
        "563", "573", "575", "580", "621",
        // Region Sjælland (7 of 17)
        "259", "316", "326", "329", "330", "360", "376",
        // Region Hovedstaden (5 of 29)
        "101", "151", "153", "157", "167",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The only municipal CVR numbers we hold; the others stay unknown rather than invented.</summary>
    public static readonly FrozenDictionary<string, string> KnownCvrs = new Dictionary<string, string>
    {
        ["101"] = "64942212", // Københavns Kommune
        ["751"] = "55133018", // Aarhus Kommune
        ["791"] = "29189846", // Viborg Kommune
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<MunicipalityRecord> All => Records.Value;

    public static FrozenDictionary<string, MunicipalityRecord> ByCode => Index.Value;

    private static IReadOnlyList<MunicipalityRecord> Load()
    {
        const string resource = "Dbs.Domain.Reference.municipalities.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var records = new List<MunicipalityRecord>();
        _ = reader.ReadLine(); // header: code,name,region_code,region_name
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts.Length != 4)
            {
                throw new InvalidOperationException($"Malformed municipality line: '{line}'.");
            }

            var code = parts[0].Trim();
            records.Add(new MunicipalityRecord(
                code,
                parts[1].Trim(),
                parts[2].Trim(),
                parts[3].Trim(),
                KnownCvrs.GetValueOrDefault(code),
                MemberCodes.Contains(code)));
        }

        return records;
    }
}

/// <summary>One line of the municipality reference list.</summary>
public sealed record MunicipalityRecord(string Code, string Name, string RegionCode, string RegionName, string? Cvr, bool IsMember);
