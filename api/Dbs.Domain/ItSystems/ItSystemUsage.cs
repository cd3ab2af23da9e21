using Dbs.Domain.Municipalities;

namespace Dbs.Domain.ItSystems;

/// <summary>A municipality uses an IT system (a Kitos system usage).</summary>
public sealed class ItSystemUsage
{
    internal ItSystemUsage(ItSystem itSystem, Municipality municipality)
    {
        ItSystem = itSystem;
        Municipality = municipality;
    }

    private ItSystemUsage()
    {
        ItSystem = null!;
        Municipality = null!;
    }

    public int ItSystemId { get; private set; }

    public ItSystem ItSystem { get; private set; }

    public int MunicipalityId { get; private set; }

    public Municipality Municipality { get; private set; }
}
