using Dbs.Api.GraphQL;
using Dbs.Domain.Supervisions;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.Features.Supervisions;

/// <summary>Supervisions by id, one batch per level, as the caller may see them.</summary>
public sealed class SupervisionByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : ScopedByIdDataLoader<Supervision>(scheduler, data, scope => scope.Supervisions);
