using Dbs.Api.Features.Errors;
using Dbs.Api.GraphQL;
using Dbs.Domain.Acknowledgements;

namespace Dbs.Api.Features.Acknowledgements;

/// <summary><c>acknowledgeReport</c>: a thin call of <see cref="AcknowledgementService"/>, the portal's service too.</summary>
public sealed class AcknowledgementMutations
{
    public async Task<Payload> AcknowledgeReportAsync(AcknowledgeReportInput input, RequestData data,
        AcknowledgementService acknowledgements, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("ReportAcknowledgement", input.AcknowledgementId) is not { } id)
        {
            return Payload.Failure(MutationErrors.UnknownId("ReportAcknowledgement", input.AcknowledgementId));
        }

        var result = await data.ChangeAsync((actor, ct) => input.Decision == AcknowledgementDecision.Approve
            ? acknowledgements.ApproveAsync(actor, id, input.Comment, input.ExpectedVersion, ct)
            : acknowledgements.RequestFollowUpAsync(actor, id, input.Comment ?? string.Empty, input.ExpectedVersion, ct),
            cancellationToken);
        return Payload.Of(result);
    }
}
