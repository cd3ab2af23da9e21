using Dbs.Api.Features.Errors;
using Dbs.Api.GraphQL;
using Dbs.Domain.Findings;

namespace Dbs.Api.Features.Findings;

/// <summary>Findings as mutations: thin calls of <see cref="FindingService"/>, the portal's service too.</summary>
public sealed class FindingMutations
{
    public async Task<Payload> RecordFindingAsync(RecordFindingInput input, RequestData data, FindingService findings,
        CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("Supervision", input.SupervisionId) is not { } supervisionId)
        {
            return Payload.Failure(MutationErrors.UnknownId("Supervision", input.SupervisionId));
        }

        var content = new FindingInput(input.Kind, input.Severity, input.ClauseReference, input.Text, input.FollowUpDeadline);
        return Payload.Of(await data.ChangeAsync((actor, ct) => findings.RecordAsync(actor, supervisionId, content, ct),
            cancellationToken));
    }

    public async Task<Payload> UpdateFindingAsync(UpdateFindingInput input, RequestData data, FindingService findings,
        CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("Finding", input.FindingId) is not { } findingId)
        {
            return Payload.Failure(MutationErrors.UnknownId("Finding", input.FindingId));
        }

        var content = new FindingInput(input.Kind, input.Severity, input.ClauseReference, input.Text, input.FollowUpDeadline);
        return Payload.Of(await data.ChangeAsync((actor, ct) =>
            findings.UpdateAsync(actor, findingId, content, input.ExpectedVersion, ct), cancellationToken));
    }

    public async Task<Payload> RespondToFindingAsync(RespondToFindingInput input, RequestData data, FindingService findings,
        CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("Finding", input.FindingId) is not { } findingId)
        {
            return Payload.Failure(MutationErrors.UnknownId("Finding", input.FindingId));
        }

        return Payload.Of(await data.ChangeAsync((actor, ct) => findings.RespondAsync(actor, findingId, input.Response,
            input.PlannedRemediationOn, input.ExpectedVersion, ct), cancellationToken));
    }
}
