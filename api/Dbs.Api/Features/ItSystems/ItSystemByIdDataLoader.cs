using Dbs.Api.GraphQL;
using Dbs.Domain.ItSystems;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.Features.ItSystems;

/// <summary>IT systems by id, one batch per level, as the caller may see them.</summary>
public sealed class ItSystemByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : ScopedByIdDataLoader<ItSystem>(scheduler, data, scope => scope.ItSystems);
