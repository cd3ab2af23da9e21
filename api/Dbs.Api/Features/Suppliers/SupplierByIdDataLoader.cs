using Dbs.Api.GraphQL;
using Dbs.Domain.Suppliers;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.Features.Suppliers;

/// <summary>Suppliers by id, one batch per level, as the caller may see them.</summary>
public sealed class SupplierByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : ScopedByIdDataLoader<Supplier>(scheduler, data, scope => scope.Suppliers);
