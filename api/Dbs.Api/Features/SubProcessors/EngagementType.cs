using Dbs.Api.Features.Relay;
using Dbs.Api.Features.Suppliers;
using Dbs.Domain.ItSystems;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Suppliers;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>The fields of <c>SubProcessorEngagement</c> that are not its own properties, by DataLoader.</summary>
public sealed class EngagementType
{
    public string Id(SubProcessorEngagement parent) => GlobalId.Encode(nameof(SubProcessorEngagement), parent.Id);

    public async Task<Supplier?> SupplierAsync(SubProcessorEngagement parent, SupplierByIdDataLoader suppliers) =>
        await suppliers.LoadAsync(parent.SupplierId);

    public async Task<SubProcessor?> SubProcessorAsync(SubProcessorEngagement parent, SubProcessorByIdDataLoader subProcessors) =>
        await subProcessors.LoadAsync(parent.SubProcessorId);

    public async Task<string?> CountryCodeAsync(SubProcessorEngagement parent, SubProcessorByIdDataLoader subProcessors) =>
        (await subProcessors.LoadAsync(parent.SubProcessorId))?.CountryCode;

    public async Task<TransferBasis?> TransferBasisAsync(SubProcessorEngagement parent, SubProcessorByIdDataLoader subProcessors) =>
        (await subProcessors.LoadAsync(parent.SubProcessorId))?.TransferBasis;

    public async Task<bool?> IsThirdCountryTransferAsync(SubProcessorEngagement parent, SubProcessorByIdDataLoader subProcessors) =>
        (await subProcessors.LoadAsync(parent.SubProcessorId))?.IsInThirdCountry;

    public async Task<ItSystem[]> SystemsAsync(SubProcessorEngagement parent, ItSystemsByEngagementIdDataLoader systems) =>
        await systems.LoadAsync(parent.Id);

    public DateOnly Since(SubProcessorEngagement parent) => parent.From;

    public DateOnly? Until(SubProcessorEngagement parent) => parent.To;

    public async Task<ObjectionWindow[]> ObjectionWindowsAsync(SubProcessorEngagement parent,
        ObjectionWindowsByEngagementIdDataLoader windows) =>
        await windows.LoadAsync(parent.Id);

    public async Task<SubProcessorEngagement?> ParentAsync(SubProcessorEngagement parent, EngagementByIdDataLoader engagements) =>
        parent.ParentId is { } id ? await engagements.LoadAsync(id) : null;
}
