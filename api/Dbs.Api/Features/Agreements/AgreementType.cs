using Dbs.Api.Features.ItSystems;
using Dbs.Api.Features.Municipalities;
using Dbs.Api.Features.Relay;
using Dbs.Api.Features.Suppliers;
using Dbs.Domain.Agreements;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Suppliers;

namespace Dbs.Api.Features.Agreements;

/// <summary>The fields of <c>Agreement</c> that are not its own properties: its id and its relations, by DataLoader.</summary>
public sealed class AgreementType
{
    public string Id(Agreement parent) => GlobalId.Encode(nameof(Agreement), parent.Id);

    public async Task<Municipality?> MunicipalityAsync(Agreement parent, MunicipalityByIdDataLoader municipalities) =>
        await municipalities.LoadAsync(parent.MunicipalityId);

    public async Task<Supplier?> SupplierAsync(Agreement parent, SupplierByIdDataLoader suppliers) =>
        await suppliers.LoadAsync(parent.SupplierId);

    public async Task<ItSystem[]> SystemsAsync(Agreement parent, ItSystemsByAgreementIdDataLoader systems) =>
        await systems.LoadAsync(parent.Id);
}
