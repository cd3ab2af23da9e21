using Dbs.Api.Features.Errors;
using Dbs.Api.GraphQL;
using Dbs.Domain.Common;
using Dbs.Domain.Supervisions;
using DomainPlanSupervisionInput = Dbs.Domain.Supervisions.PlanSupervisionInput;

namespace Dbs.Api.Features.Supervisions;

/// <summary>DBS's supervision steps, each a thin call of <see cref="SupervisionService"/> (the portal's service too).</summary>
public sealed class SupervisionMutations
{
    public async Task<Payload> PlanSupervisionAsync(PlanSupervisionInput input, RequestData data, SupervisionService supervisions,
        CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("Supplier", input.SupplierId) is not { } supplierId)
        {
            return Payload.Failure(MutationErrors.UnknownId("Supplier", input.SupplierId));
        }

        int? systemId = null, questionnaireId = null;
        if (input.ItSystemId is not null && (systemId = GlobalIdInput.KeyOf("ItSystem", input.ItSystemId)) is null)
        {
            return Payload.Failure(MutationErrors.UnknownId("ItSystem", input.ItSystemId));
        }

        if (input.QuestionnaireId is not null && (questionnaireId = GlobalIdInput.KeyOf("Questionnaire", input.QuestionnaireId)) is null)
        {
            return Payload.Failure(MutationErrors.UnknownId("Questionnaire", input.QuestionnaireId));
        }

        var planned = await data.ChangeAsync((actor, ct) => supervisions.PlanAsync(actor,
            new DomainPlanSupervisionInput(supplierId, systemId, input.Year, input.Method, questionnaireId), ct), cancellationToken);
        return Payload.Of(planned);
    }

    public Task<Payload> StartSupervisionAsync(SupervisionStepInput input, RequestData data, SupervisionService supervisions,
        CancellationToken cancellationToken) =>
        Step(input.SupervisionId, data, (actor, id, ct) => supervisions.StartAsync(actor, id, input.ExpectedVersion, ct),
            cancellationToken);

    public Task<Payload> AssignPeerReviewerAsync(AssignPeerReviewerInput input, RequestData data, SupervisionService supervisions,
        CancellationToken cancellationToken) =>
        Step(input.SupervisionId, data, (actor, id, ct) => supervisions.AssignPeerReviewerAsync(actor, id, input.ReviewerUserId,
            input.ReviewerName, input.ExpectedVersion, ct), cancellationToken);

    public Task<Payload> SubmitSupervisionForPeerReviewAsync(SupervisionStepInput input, RequestData data,
        SupervisionService supervisions, CancellationToken cancellationToken) =>
        Step(input.SupervisionId, data, (actor, id, ct) => supervisions.SubmitForPeerReviewAsync(actor, id, input.ExpectedVersion, ct),
            cancellationToken);

    public Task<Payload> ApprovePeerReviewAsync(SupervisionStepInput input, RequestData data, SupervisionService supervisions,
        CancellationToken cancellationToken) =>
        Step(input.SupervisionId, data, (actor, id, ct) => supervisions.ApprovePeerReviewAsync(actor, id, input.ExpectedVersion, ct),
            cancellationToken);

    public Task<Payload> ReleaseReportAsync(SupervisionStepInput input, RequestData data, SupervisionService supervisions,
        CancellationToken cancellationToken) =>
        Step(input.SupervisionId, data, (actor, id, ct) => supervisions.ReleaseAsync(actor, id, input.ExpectedVersion, ct),
            cancellationToken);

    private static async Task<Payload> Step(string supervisionId, RequestData data,
        Func<Actor, int, CancellationToken, Task<Result<Supervision>>> step, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("Supervision", supervisionId) is not { } id)
        {
            return Payload.Failure(MutationErrors.UnknownId("Supervision", supervisionId));
        }

        var result = await data.ChangeAsync((actor, ct) => step(actor, id, ct), cancellationToken);
        return Payload.Of(result, field => field == "peerReviewer" ? ["input", "reviewerUserId"] : MutationErrors.InputPath(field));
    }
}
