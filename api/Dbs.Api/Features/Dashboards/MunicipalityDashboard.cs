using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Agreements;
using Dbs.Domain.Findings;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Dashboards;

/// <summary>A municipality's figures (see <c>MunicipalityDashboard</c> in the schema).</summary>
public sealed record MunicipalityDashboard(
    Municipality Municipality,
    IReadOnlyList<StatusCount<AgreementStatus>> AgreementsByStatus,
    IReadOnlyList<StatusCount<SupervisionStatus>> SupervisionsByStatus,
    IReadOnlyList<SeverityCount> OpenFindingsBySeverity,
    int OverdueFollowUps,
    int AgreementsExposedToThirdCountries,
    IReadOnlyList<StatusCount<AcknowledgementStatus>> AcknowledgementsByStatus,
    int AcknowledgementsPending,
    int OpenObjectionWindows);

/// <summary>How many have a status.</summary>
public sealed record StatusCount<TStatus>(TStatus Status, int Count);

/// <summary>How many findings have a severity.</summary>
public sealed record SeverityCount(FindingSeverity Severity, int Count);
