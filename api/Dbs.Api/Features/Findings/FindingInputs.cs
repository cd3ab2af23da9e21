using Dbs.Domain.Findings;

namespace Dbs.Api.Features.Findings;

/// <summary><c>RecordFindingInput</c>.</summary>
public sealed record RecordFindingInput(string SupervisionId, FindingKind Kind, FindingSeverity Severity, string? ClauseReference,
    string Text, DateOnly? FollowUpDeadline);

/// <summary><c>UpdateFindingInput</c>.</summary>
public sealed record UpdateFindingInput(string FindingId, FindingKind Kind, FindingSeverity Severity, string? ClauseReference,
    string Text, DateOnly? FollowUpDeadline, long? ExpectedVersion);

/// <summary><c>RespondToFindingInput</c>.</summary>
public sealed record RespondToFindingInput(string FindingId, string Response, DateOnly? PlannedRemediationOn, long? ExpectedVersion);
