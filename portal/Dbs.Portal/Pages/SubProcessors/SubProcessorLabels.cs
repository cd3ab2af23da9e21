using Dbs.Domain.SubProcessors;

namespace Dbs.Portal.Pages.SubProcessors;

/// <summary>The Danish words the sub-processor pages show for transfer bases and engagement states.</summary>
public static class SubProcessorLabels
{
    public static string Of(TransferBasis basis) => basis switch
    {
        TransferBasis.WithinEea => "Ingen overførsel (EU/EØS)",
        TransferBasis.AdequacyDecision => "Tilstrækkelighedsafgørelse (art. 45)",
        TransferBasis.EuUsDataPrivacyFramework => "EU-US Data Privacy Framework",
        TransferBasis.StandardContractualClauses => "EU's standardkontraktbestemmelser (2021/914)",
        TransferBasis.BindingCorporateRules => "Bindende virksomhedsregler (BCR, art. 47)",
        TransferBasis.Derogation => "Undtagelse i en særlig situation (art. 49)",
        TransferBasis.None => "Intet overførselsgrundlag",
        _ => basis.ToString(),
    };

    public static string Of(EngagementStatus status) => status switch
    {
        EngagementStatus.Notified => "Varslet",
        EngagementStatus.Active => "Aktiv",
        EngagementStatus.Ended => "Ophørt",
        EngagementStatus.Withdrawn => "Trukket tilbage",
        _ => status.ToString(),
    };
}
