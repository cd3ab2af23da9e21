using Dbs.Api.Features.Errors;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Findings;

/// <summary>The findings' mutations, and the findings of supervisions and agreements.</summary>
internal static class FindingMutationSchema
{
    public static SchemaBuilder AddFindingMutations(this SchemaBuilder builder) =>
        builder
            .AddResolver<FindingMutations>("Mutation")
            .AddResolver<FindingRelations.OfSupervision>("Supervision")
            .AddResolver<FindingRelations.OfAgreement>("Agreement")
            .AddPayload("RecordFindingPayload", "finding")
            .AddPayload("UpdateFindingPayload", "finding")
            .AddPayload("RespondToFindingPayload", "finding");
}
