using System.Globalization;
using System.Text;
using Dbs.Api.Features.Relay;
using Dbs.Domain.Auditing;

namespace Dbs.Api.Features.AuditEvents;

/// <summary>The fields of <c>AuditEvent</c> that are not its own properties.</summary>
public sealed class AuditEventType
{
    public string Id(AuditEvent parent) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("AuditEvent:" + parent.Id.ToString(CultureInfo.InvariantCulture)));

    public string OrganisationKind(AuditEvent parent) => parent.OrganisationKind.ToString().ToUpperInvariant();

    public string? OrganisationId(AuditEvent parent) => parent.OrganisationId is { } id
        ? GlobalId.Encode(parent.OrganisationKind == Domain.Common.OrganisationKind.Supplier ? "Supplier" : "Municipality", id)
        : null;
}
