using Dbs.Domain.SubProcessors;

namespace Dbs.Api.Features.SubProcessors;

/// <summary><c>AddSubProcessorInput</c>: ids are global ids.</summary>
public sealed record AddSubProcessorInput(string? SubProcessorId, NewSubProcessorInput? SubProcessor, IReadOnlyList<string> ItSystemIds,
    DateOnly Since, DateOnly? NoticeGivenOn, string? ParentEngagementId);

/// <summary><c>NewSubProcessorInput</c>.</summary>
public sealed record NewSubProcessorInput(string Name, string? Cvr, string? ForeignRegistrationId, string CountryCode,
    string ServiceDescription, TransferBasis TransferBasis);

/// <summary><c>EndSubProcessorInput</c>.</summary>
public sealed record EndSubProcessorInput(string EngagementId, DateOnly Until, long? ExpectedVersion);

/// <summary><c>ObjectToSubProcessorInput</c>.</summary>
public sealed record ObjectToSubProcessorInput(string ObjectionWindowId, string Reason, long? ExpectedVersion);
