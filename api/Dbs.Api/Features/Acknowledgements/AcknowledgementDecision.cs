namespace Dbs.Api.Features.Acknowledgements;

/// <summary>A municipality's decision on a released report.</summary>
public enum AcknowledgementDecision
{
    Approve,
    RequestFollowUp,
}
