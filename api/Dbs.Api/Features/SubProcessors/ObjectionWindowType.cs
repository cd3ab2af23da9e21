using Dbs.Api.Features.Municipalities;
using Dbs.Api.Features.Relay;
using Dbs.Domain.Common;
using Dbs.Domain.Municipalities;
using Dbs.Domain.SubProcessors;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>The fields of <c>ObjectionWindow</c> that are not its own properties, by DataLoader.</summary>
public sealed class ObjectionWindowType
{
    public string Id(ObjectionWindow parent) => GlobalId.Encode(nameof(ObjectionWindow), parent.Id);

    public async Task<SubProcessorEngagement?> EngagementAsync(ObjectionWindow parent, EngagementByIdDataLoader engagements) =>
        await engagements.LoadAsync(parent.EngagementId);

    public async Task<Municipality?> MunicipalityAsync(ObjectionWindow parent, MunicipalityByIdDataLoader municipalities) =>
        await municipalities.LoadAsync(parent.MunicipalityId);

    /// <summary>Open, for an engagement still announced, and today (Danish calendar day) not past the deadline.</summary>
    public async Task<bool> IsOpenAsync(ObjectionWindow parent, EngagementByIdDataLoader engagements, TimeProvider clock) =>
        parent.Status == ObjectionWindowStatus.Open
        && DanishTime.DateOf(clock.GetUtcNow()) <= parent.Deadline
        && (await engagements.LoadAsync(parent.EngagementId))?.Status == EngagementStatus.Notified;
}
