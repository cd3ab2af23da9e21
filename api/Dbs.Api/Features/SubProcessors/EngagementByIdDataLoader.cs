using Dbs.Api.GraphQL;
using Dbs.Domain.SubProcessors;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>Sub-processor engagements by id, one batch per level, as the caller may see them.</summary>
public sealed class EngagementByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : ScopedByIdDataLoader<SubProcessorEngagement>(scheduler, data, scope => scope.Engagements);
