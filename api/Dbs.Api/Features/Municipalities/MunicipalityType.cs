using Dbs.Api.Features.Relay;
using Dbs.Domain.Municipalities;

namespace Dbs.Api.Features.Municipalities;

/// <summary>The fields of <c>Municipality</c> that are not its own properties.</summary>
public sealed class MunicipalityType
{
    public string Id(Municipality parent) => GlobalId.Encode(nameof(Municipality), parent.Id);
}
