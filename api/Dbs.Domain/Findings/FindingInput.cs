namespace Dbs.Domain.Findings;

/// <summary>What DBS records or updates about a finding.</summary>
public sealed record FindingInput(FindingKind Kind, FindingSeverity Severity, string? ClauseReference, string Text,
    DateOnly? FollowUpDeadline);
