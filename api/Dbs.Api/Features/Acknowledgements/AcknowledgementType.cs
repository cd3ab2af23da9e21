using Dbs.Api.Features.Municipalities;
using Dbs.Api.Features.Relay;
using Dbs.Api.Features.Supervisions;
using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Acknowledgements;

/// <summary>The fields of <c>ReportAcknowledgement</c> that are not its own properties.</summary>
public sealed class AcknowledgementType
{
    public string Id(ReportAcknowledgement parent) => GlobalId.Encode(nameof(ReportAcknowledgement), parent.Id);

    public async Task<Supervision?> SupervisionAsync(ReportAcknowledgement parent, SupervisionByIdDataLoader supervisions) =>
        await supervisions.LoadAsync(parent.SupervisionId);

    public async Task<Municipality?> MunicipalityAsync(ReportAcknowledgement parent, MunicipalityByIdDataLoader municipalities) =>
        await municipalities.LoadAsync(parent.MunicipalityId);
}
