using Dbs.Api.Features.Relay;
using Dbs.Domain.Suppliers;

namespace Dbs.Api.Features.Suppliers;

/// <summary>The fields of <c>Supplier</c> that are not its own properties.</summary>
public sealed class SupplierType
{
    public string Id(Supplier parent) => GlobalId.Encode(nameof(Supplier), parent.Id);
}
