using Dbs.Api.Features.Errors;
using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Acknowledgements;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Acknowledgements;

/// <summary>Report acknowledgements, <c>Query.acknowledgements</c>, <c>Supervision.acknowledgements</c> and <c>acknowledgeReport</c>.</summary>
internal static class AcknowledgementSchema
{
    public static SchemaBuilder AddAcknowledgements(this SchemaBuilder builder) =>
        builder
            .AddResolver<AcknowledgementQueries>("Query")
            .AddResolver<AcknowledgementMutations>("Mutation")
            .BindRuntimeType<ReportAcknowledgement>("ReportAcknowledgement")
            .BindRuntimeType<AcknowledgementStatus>("AcknowledgementStatus")
            .BindRuntimeType<AcknowledgementDecision>("AcknowledgementDecision")
            .AddResolver<AcknowledgementType>("ReportAcknowledgement")
            .AddResolver<SupervisionAcknowledgements>("Supervision")
            .AddListing(AcknowledgementFilters.Descriptor)
            .AddConnection<ReportAcknowledgement>("AcknowledgementsConnection")
            .AddPayload("AcknowledgeReportPayload", "acknowledgement");
}
