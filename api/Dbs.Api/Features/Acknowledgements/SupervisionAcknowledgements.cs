using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Acknowledgements;

/// <summary><c>Supervision.acknowledgements</c>, by DataLoader.</summary>
public sealed class SupervisionAcknowledgements
{
    public async Task<ReportAcknowledgement[]> AcknowledgementsAsync(Supervision parent,
        AcknowledgementsBySupervisionIdDataLoader acknowledgements) =>
        await acknowledgements.LoadAsync(parent.Id);
}
