using Dbs.Api.GraphQL;
using Dbs.Domain.SubProcessors;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>Sub-processors by id, one batch per level, as the caller may see them.</summary>
public sealed class SubProcessorByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : ScopedByIdDataLoader<SubProcessor>(scheduler, data, scope => scope.SubProcessors);
