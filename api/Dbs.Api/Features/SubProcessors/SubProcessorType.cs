using Dbs.Api.Features.Relay;
using Dbs.Domain.SubProcessors;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>The fields of <c>SubProcessor</c> that are not its own properties.</summary>
public sealed class SubProcessorType
{
    public string Id(SubProcessor parent) => GlobalId.Encode(nameof(SubProcessor), parent.Id);

    public async Task<SubProcessorEngagement[]> EngagementsAsync(SubProcessor parent,
        EngagementsBySubProcessorIdDataLoader engagements) =>
        await engagements.LoadAsync(parent.Id);
}
