using Dbs.Domain.ItSystems;

namespace Dbs.Domain.Agreements;

/// <summary>An IT system covered by an agreement.</summary>
public sealed class AgreementSystem
{
    internal AgreementSystem(Agreement agreement, ItSystem itSystem)
    {
        Agreement = agreement;
        ItSystem = itSystem;
    }

    private AgreementSystem()
    {
        Agreement = null!;
        ItSystem = null!;
    }

    public int AgreementId { get; private set; }

    public Agreement Agreement { get; private set; }

    public int ItSystemId { get; private set; }

    public ItSystem ItSystem { get; private set; }
}
