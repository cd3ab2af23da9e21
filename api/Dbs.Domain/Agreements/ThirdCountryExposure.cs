using Dbs.Domain.SubProcessors;

namespace Dbs.Domain.Agreements;

/// <summary>
/// One reason an agreement is exposed to a third country: a sub-processor outside the EU/EEA that the supplier has
/// engaged (or announced) for one of the agreement's systems. Init-only properties (not a positional record) so that
/// queries can filter and order on them in SQL.
/// </summary>
public sealed record ThirdCountryExposure
{
    public required int AgreementId { get; init; }

    public required int EngagementId { get; init; }

    public required int SubProcessorId { get; init; }

    public required string SubProcessorName { get; init; }

    public required string CountryCode { get; init; }

    public required TransferBasis TransferBasis { get; init; }

    public required EngagementStatus EngagementStatus { get; init; }
}
