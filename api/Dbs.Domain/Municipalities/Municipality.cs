using Dbs.Domain.Common;

namespace Dbs.Domain.Municipalities;

/// <summary>A Danish municipality (kommune): a data controller, and possibly a member of DBS.</summary>
public sealed class Municipality : VersionedEntity
{
    public Municipality(Kommunekode code, string name, string regionCode, string regionName, Cvr? cvr, bool isMember)
    {
        Code = code.Value;
        Name = name;
        RegionCode = regionCode;
        RegionName = regionName;
        Cvr = cvr?.Value;
        IsMember = isMember;
    }

    private Municipality()
    {
        Code = Name = RegionCode = RegionName = string.Empty;
    }

    /// <summary>The three-digit kommunekode, e.g. "101".</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The region's code, e.g. "1084" for Region Hovedstaden.</summary>
    public string RegionCode { get; private set; }

    public string RegionName { get; private set; }

    /// <summary>The municipality's CVR number where known; null rather than invented.</summary>
    public string? Cvr { get; private set; }

    /// <summary>Whether the municipality is a member of DBS (medlemskommune).</summary>
    public bool IsMember { get; private set; }

    public void SetMembership(bool isMember) => IsMember = isMember;

    public void SetCvr(Cvr cvr) => Cvr = cvr.Value;

    /// <summary>Takes name and region from the reference list; membership and CVR stay as DBS keeps them.</summary>
    internal void UpdateFromReference(MunicipalityRecord record)
    {
        Name = record.Name;
        RegionCode = record.RegionCode;
        RegionName = record.RegionName;
        Cvr ??= record.Cvr;
    }
}
