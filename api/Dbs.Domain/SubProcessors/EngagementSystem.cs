using Dbs.Domain.ItSystems;

namespace Dbs.Domain.SubProcessors;

/// <summary>An IT system for which the supplier uses the engaged sub-processor.</summary>
public sealed class EngagementSystem
{
    internal EngagementSystem(SubProcessorEngagement engagement, ItSystem itSystem)
    {
        Engagement = engagement;
        ItSystem = itSystem;
    }

    private EngagementSystem()
    {
        Engagement = null!;
        ItSystem = null!;
    }

    public int EngagementId { get; private set; }

    public SubProcessorEngagement Engagement { get; private set; }

    public int ItSystemId { get; private set; }

    public ItSystem ItSystem { get; private set; }
}
