using Dbs.Api.GraphQL;
using Dbs.Domain.Municipalities;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.Features.Municipalities;

/// <summary>Municipalities by id, one batch per level, as the caller may see them.</summary>
public sealed class MunicipalityByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : ScopedByIdDataLoader<Municipality>(scheduler, data, scope => scope.Municipalities);
