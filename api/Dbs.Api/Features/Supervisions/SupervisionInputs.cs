using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Supervisions;

/// <summary><c>PlanSupervisionInput</c>: ids are global ids.</summary>
public sealed record PlanSupervisionInput(string SupplierId, string? ItSystemId, int Year, SupervisionMethod Method,
    string? QuestionnaireId);

/// <summary>The input of the supervision steps that name only the supervision (start, submit, approve, release).</summary>
public sealed record SupervisionStepInput(string SupervisionId, long? ExpectedVersion);

/// <summary><c>AssignPeerReviewerInput</c>.</summary>
public sealed record AssignPeerReviewerInput(string SupervisionId, string ReviewerUserId, string ReviewerName, long? ExpectedVersion);
