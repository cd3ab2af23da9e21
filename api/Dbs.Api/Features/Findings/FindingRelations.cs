using Dbs.Domain.Agreements;
using Dbs.Domain.Findings;
using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Findings;

/// <summary>The findings of other types' objects, by DataLoader: <c>Supervision.findings</c>, <c>Agreement.openFindings</c>.</summary>
public static class FindingRelations
{
    /// <summary>Fields of <c>Supervision</c>.</summary>
    public sealed class OfSupervision
    {
        public async Task<Finding[]> FindingsAsync(Supervision parent, FindingsBySupervisionIdDataLoader findings) =>
            await findings.LoadAsync(parent.Id);
    }

    /// <summary>Fields of <c>Agreement</c>.</summary>
    public sealed class OfAgreement
    {
        public async Task<Finding[]> OpenFindingsAsync(Agreement parent, OpenFindingsByAgreementIdDataLoader findings) =>
            await findings.LoadAsync(parent.Id);
    }
}
