using Dbs.Api.Features.Municipalities;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.SubProcessors;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>
/// What <c>ObjectionWindowFilterInput</c> and <c>ObjectionWindowSortInput</c> offer. Not the objection's reason or
/// its author: they are read on the window itself.
/// </summary>
internal static class ObjectionWindowFilters
{
    public static readonly ListDescriptor<ObjectionWindow> Descriptor = new ListDescriptor<ObjectionWindow>("ObjectionWindow", w => w.Id)
        .Enum("status", w => w.Status, "Where the window is.")
        .Comparable("opensOn", w => w.OpensOn, "The first day of the window.")
        .Comparable("deadline", w => w.Deadline, "The last day of the window.")
        .Comparable("objectedAt", w => w.ObjectedAt, "When the objection was made.")
        .Relation("municipality", scope => w => scope.Municipalities.Where(m => m.Id == w.MunicipalityId),
            () => MunicipalityFilters.Descriptor, "The municipality that may object.")
        .Relation("engagement", scope => w => scope.Engagements.Where(e => e.Id == w.EngagementId), () => EngagementFilters.Descriptor,
            "The engagement announced.");
}
