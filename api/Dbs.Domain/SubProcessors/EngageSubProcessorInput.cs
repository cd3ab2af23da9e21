namespace Dbs.Domain.SubProcessors;

/// <summary>
/// A supplier announces a sub-processor for some of its systems. Notice is given on <see cref="NoticeGivenOn"/>
/// (default: today); the objection deadline follows from the configured notice period.
/// </summary>
public sealed record EngageSubProcessorInput(int SupplierId, int SubProcessorId, IReadOnlyList<int> ItSystemIds, DateOnly From,
    DateOnly? NoticeGivenOn = null, int? ParentEngagementId = null);
