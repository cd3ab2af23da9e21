namespace Dbs.Api.Features.Acknowledgements;

/// <summary><c>AcknowledgeReportInput</c>.</summary>
public sealed record AcknowledgeReportInput(string AcknowledgementId, AcknowledgementDecision Decision, string? Comment,
    long? ExpectedVersion);
