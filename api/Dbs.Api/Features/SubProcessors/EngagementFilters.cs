using Dbs.Api.Features.Suppliers;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.SubProcessors;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>What <c>SubProcessorEngagementFilterInput</c> and <c>SubProcessorEngagementSortInput</c> offer.</summary>
internal static class EngagementFilters
{
    public static readonly ListDescriptor<SubProcessorEngagement> Descriptor =
        new ListDescriptor<SubProcessorEngagement>("SubProcessorEngagement", e => e.Id)
            .Enum("status", e => e.Status, "Where the engagement is in its life.")
            .Comparable("since", e => e.From, "First day the sub-processor may process data.")
            .Comparable("until", e => e.To, "Last day, once the engagement has ended.")
            .Comparable("noticeGivenOn", e => e.NoticeGivenOn, "When notice was given.")
            .Comparable("objectionDeadline", e => e.ObjectionDeadline, "The last day an affected municipality may object.")
            .Relation("supplier", scope => e => scope.Suppliers.Where(s => s.Id == e.SupplierId), () => SupplierFilters.Descriptor,
                "The supplier (databehandler) that engages the sub-processor.")
            .Relation("subProcessor", scope => e => scope.SubProcessors.Where(s => s.Id == e.SubProcessorId),
                () => SubProcessorFilters.Descriptor, "The sub-processor engaged.");
}
