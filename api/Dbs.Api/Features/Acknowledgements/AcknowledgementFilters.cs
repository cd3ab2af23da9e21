using Dbs.Api.Features.Municipalities;
using Dbs.Api.Features.Supervisions;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Acknowledgements;

namespace Dbs.Api.Features.Acknowledgements;

/// <summary>What <c>ReportAcknowledgementFilterInput</c> and <c>ReportAcknowledgementSortInput</c> offer.</summary>
internal static class AcknowledgementFilters
{
    public static readonly ListDescriptor<ReportAcknowledgement> Descriptor =
        new ListDescriptor<ReportAcknowledgement>("ReportAcknowledgement", a => a.Id)
            .Enum("status", a => a.Status, "Where the acknowledgement is: pending, approved or follow-up requested (the decision).")
            .Comparable("at", a => a.At, "When it was last acknowledged.")
            .Relation("municipality", scope => a => scope.Municipalities.Where(m => m.Id == a.MunicipalityId),
                () => MunicipalityFilters.Descriptor, "The municipality that acknowledges.")
            .Relation("supervision", scope => a => scope.Supervisions.Where(s => s.Id == a.SupervisionId),
                () => SupervisionFilters.Descriptor, "The supervision whose report is acknowledged.");
}
