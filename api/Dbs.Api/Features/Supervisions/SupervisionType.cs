using Dbs.Api.Features.ItSystems;
using Dbs.Api.Features.Relay;
using Dbs.Api.Features.Suppliers;
using Dbs.Api.GraphQL;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Supervisions;

/// <summary>The fields of <c>Supervision</c> that are not its own properties, or that not everyone may read.</summary>
public sealed class SupervisionType
{
    public string Id(Supervision parent) => GlobalId.Encode(nameof(Supervision), parent.Id);

    public async Task<Supplier?> SupplierAsync(Supervision parent, SupplierByIdDataLoader suppliers) =>
        await suppliers.LoadAsync(parent.SupplierId);

    public async Task<ItSystem?> ItSystemAsync(Supervision parent, ItSystemByIdDataLoader systems) =>
        parent.ItSystemId is { } id ? await systems.LoadAsync(id) : null;

    /// <summary>DBS's conclusion: a draft until the report is released, so only DBS reads it before then.</summary>
    public string? Conclusion(Supervision parent, RequestData data) =>
        data.Actor is { IsDbs: true } || parent.Status is SupervisionStatus.Released or SupervisionStatus.Closed
            ? parent.Conclusion
            : null;
}
