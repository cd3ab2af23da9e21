using Dbs.Api.Features.Errors;
using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.SubProcessors;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>Sub-processors, their engagements and objection windows, their root lists and mutations.</summary>
internal static class SubProcessorSchema
{
    public static SchemaBuilder AddSubProcessors(this SchemaBuilder builder) =>
        builder
            .AddResolver<SubProcessorQueries>("Query")
            .AddResolver<SubProcessorMutations>("Mutation")
            .BindRuntimeType<SubProcessor>("SubProcessor")
            .BindRuntimeType<SubProcessorEngagement>("SubProcessorEngagement")
            .BindRuntimeType<ObjectionWindow>("ObjectionWindow")
            .BindRuntimeType<EngagementStatus>("EngagementStatus")
            .BindRuntimeType<ObjectionWindowStatus>("ObjectionWindowStatus")
            .BindRuntimeType<TransferBasis>("TransferBasis")
            .AddResolver<SubProcessorType>("SubProcessor")
            .AddResolver<EngagementType>("SubProcessorEngagement")
            .AddResolver<ObjectionWindowType>("ObjectionWindow")
            .AddResolver<SupplierSubProcessors>("Supplier")
            .AddListing(SubProcessorFilters.Descriptor)
            .AddListing(ObjectionWindowFilters.Descriptor)
            .AddConnection<SubProcessor>("SubProcessorsConnection")
            .AddConnection<ObjectionWindow>("ObjectionWindowsConnection")
            .AddPayload("AddSubProcessorPayload", "engagement")
            .AddPayload("EndSubProcessorPayload", "engagement")
            .AddPayload("ObjectToSubProcessorPayload", "objectionWindow");
}
