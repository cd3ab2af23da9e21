using Dbs.Api.Features.SubProcessors;
using Dbs.Domain.Agreements;
using Dbs.Domain.SubProcessors;

namespace Dbs.Api.Features.Agreements;

/// <summary><c>Agreement.isExposedToThirdCountries</c> and <c>Agreement.thirdCountryExposures</c>: one batch for both.</summary>
public sealed class AgreementExposures
{
    public async Task<bool> IsExposedToThirdCountriesAsync(Agreement parent, ThirdCountryExposuresByAgreementIdDataLoader exposures) =>
        (await exposures.LoadAsync(parent.Id)).Length > 0;

    public async Task<ThirdCountryExposure[]> ThirdCountryExposuresAsync(Agreement parent,
        ThirdCountryExposuresByAgreementIdDataLoader exposures) =>
        await exposures.LoadAsync(parent.Id);

    /// <summary>The fields of <c>ThirdCountryExposure</c> that are relations.</summary>
    public sealed class OfExposure
    {
        public async Task<SubProcessorEngagement?> EngagementAsync(ThirdCountryExposure parent, EngagementByIdDataLoader engagements) =>
            await engagements.LoadAsync(parent.EngagementId);

        public async Task<SubProcessor?> SubProcessorAsync(ThirdCountryExposure parent, SubProcessorByIdDataLoader subProcessors) =>
            await subProcessors.LoadAsync(parent.SubProcessorId);
    }
}
