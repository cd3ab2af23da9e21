using Dbs.Api.Features.Relay;
using Dbs.Api.Features.Suppliers;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Suppliers;

namespace Dbs.Api.Features.ItSystems;

/// <summary>The fields of <c>ItSystem</c> that are not its own properties.</summary>
public sealed class ItSystemType
{
    public string Id(ItSystem parent) => GlobalId.Encode(nameof(ItSystem), parent.Id);

    public async Task<Supplier?> SupplierAsync(ItSystem parent, SupplierByIdDataLoader suppliers) =>
        await suppliers.LoadAsync(parent.SupplierId);
}
