using Dbs.Api.Features.Relay;
using Dbs.Api.Features.Supervisions;
using Dbs.Domain.Findings;
using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Findings;

/// <summary>The fields of <c>Finding</c> that are not its own properties.</summary>
public sealed class FindingType
{
    public string Id(Finding parent) => GlobalId.Encode(nameof(Finding), parent.Id);

    public async Task<Supervision?> SupervisionAsync(Finding parent, SupervisionByIdDataLoader supervisions) =>
        await supervisions.LoadAsync(parent.SupervisionId);
}
