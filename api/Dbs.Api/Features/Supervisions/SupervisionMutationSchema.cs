using Dbs.Api.Features.Errors;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Supervisions;

/// <summary>DBS's supervision steps as mutations, and the fields of <c>Supervision</c> they concern.</summary>
internal static class SupervisionMutationSchema
{
    public static SchemaBuilder AddSupervisionMutations(this SchemaBuilder builder) =>
        builder
            .AddResolver<SupervisionMutations>("Mutation")
            .AddPayload("PlanSupervisionPayload", "supervision")
            .AddPayload("StartSupervisionPayload", "supervision")
            .AddPayload("AssignPeerReviewerPayload", "supervision")
            .AddPayload("SubmitSupervisionForPeerReviewPayload", "supervision")
            .AddPayload("ApprovePeerReviewPayload", "supervision")
            .AddPayload("ReleaseReportPayload", "supervision");
}
