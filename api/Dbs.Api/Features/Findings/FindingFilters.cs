using Dbs.Api.Features.Supervisions;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Findings;

namespace Dbs.Api.Features.Findings;

/// <summary>What <c>FindingFilterInput</c> and <c>FindingSortInput</c> offer.</summary>
internal static class FindingFilters
{
    public static readonly ListDescriptor<Finding> Descriptor = new ListDescriptor<Finding>("Finding", f => f.Id)
        .Enum("kind", f => f.Kind, "Deviation, remark or recommendation.")
        .Enum("severity", f => f.Severity, "How serious the finding is.")
        .Enum("status", f => f.Status, "Where the finding is in its follow-up.")
        .String("clauseReference", f => f.ClauseReference, "The agreement clause concerned, e.g. \"C.7\".")
        .String("text", f => f.Text, "The finding as written in the report.")
        .Comparable("followUpDeadline", f => f.FollowUpDeadline, "The deadline for the follow-up.")
        .Comparable("plannedRemediationOn", f => f.PlannedRemediationOn, "When the supplier plans to have remedied it.")
        .Comparable("closedAt", f => f.ClosedAt, "When DBS closed the finding.")
        .Relation("supervision", scope => f => scope.Supervisions.Where(s => s.Id == f.SupervisionId),
            () => SupervisionFilters.Descriptor, "The supervision the finding came from.");
}
