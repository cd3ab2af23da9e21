using Dbs.Domain.Common;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Suppliers;

namespace Dbs.Domain.ItSystems;

/// <summary>An IT system a supplier delivers, and the municipalities that use it (as registered in Kitos).</summary>
public sealed class ItSystem : VersionedEntity
{
    private readonly List<ItSystemUsage> _usages = [];

    public ItSystem(Supplier supplier, string name, Guid? kitosUuid = null, string? description = null)
    {
        Supplier = supplier;
        Name = name;
        KitosUuid = kitosUuid;
        Description = description;
    }

    private ItSystem()
    {
        Supplier = null!;
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The system's UUID in OS2 Kitos, when known, for import and write-back.</summary>
    public Guid? KitosUuid { get; private set; }

    public int SupplierId { get; private set; }

    public Supplier Supplier { get; private set; }

    public IReadOnlyCollection<ItSystemUsage> Usages => _usages;

    /// <summary>Records that <paramref name="municipality"/> uses the system; false when it already did.</summary>
    public bool AddUsage(Municipality municipality)
    {
        if (_usages.Any(u => u.Municipality == municipality || (municipality.Id != 0 && u.MunicipalityId == municipality.Id)))
        {
            return false;
        }

        _usages.Add(new ItSystemUsage(this, municipality));
        return true;
    }

    public bool RemoveUsage(int municipalityId) => _usages.RemoveAll(u => u.MunicipalityId == municipalityId) > 0;

    public void Describe(string name, string? description, Guid? kitosUuid)
    {
        Name = name;
        Description = description;
        KitosUuid = kitosUuid;
    }
}
