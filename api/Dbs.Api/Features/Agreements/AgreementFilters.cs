using Dbs.Api.Features.ItSystems;
using Dbs.Api.Features.Municipalities;
using Dbs.Api.Features.Suppliers;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Agreements;

namespace Dbs.Api.Features.Agreements;

/// <summary>What <c>AgreementFilterInput</c> and <c>AgreementSortInput</c> offer.</summary>
internal static class AgreementFilters
{
    public static readonly ListDescriptor<Agreement> Descriptor = new ListDescriptor<Agreement>("Agreement", a => a.Id)
        .Enum("status", a => a.Status, "Where the agreement is in its life.")
        .Comparable("concludedOn", a => a.ConcludedOn, "The day the agreement was concluded (indgået).")
        .Comparable("validFrom", a => a.ValidFrom, "The first day the agreement applies.")
        .Comparable("validTo", a => a.ValidTo, "The last day the agreement applies, if it is time-limited.")
        .Comparable("endedOn", a => a.EndedOn, "The day the agreement ended (terminated or expired).")
        .Boolean("isExposedToThirdCountries", Dbs.Domain.Agreements.AgreementQueries.IsExposedToThirdCountries,
            "Whether the agreement involves a transfer to a third country (tredjelandsoverførsel) through a sub-processor.")
        .Relation("municipality", scope => a => scope.Municipalities.Where(m => m.Id == a.MunicipalityId),
            () => MunicipalityFilters.Descriptor, "The municipality: the data controller (dataansvarlig).")
        .Relation("supplier", scope => a => scope.Suppliers.Where(s => s.Id == a.SupplierId),
            () => SupplierFilters.Descriptor, "The supplier: the data processor (databehandler).")
        .List("systems", scope => a => scope.ItSystems.Where(s => a.Systems.Select(x => x.ItSystemId).Contains(s.Id)),
            () => ItSystemFilters.Descriptor, "The IT systems the agreement covers.");
}
