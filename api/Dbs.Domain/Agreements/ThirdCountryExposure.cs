using Dbs.Domain.SubProcessors;

namespace Dbs.Domain.Agreements;

/// <summary>
/// One reason an agreement is exposed to a third country: a sub-processor outside the EU/EEA that the supplier has
/// engaged (or announced) for one of the agreement's systems.
/// </summary>
public sealed record ThirdCountryExposure(int AgreementId, int EngagementId, int SubProcessorId, string SubProcessorName,
    string CountryCode, TransferBasis TransferBasis, EngagementStatus EngagementStatus);
