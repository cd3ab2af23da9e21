using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Municipalities;

namespace Dbs.Api.Features.Municipalities;

/// <summary>What <c>MunicipalityFilterInput</c> and <c>MunicipalitySortInput</c> offer.</summary>
internal static class MunicipalityFilters
{
    public static readonly ListDescriptor<Municipality> Descriptor = new ListDescriptor<Municipality>("Municipality", m => m.Id)
        .String("code", m => m.Code, "The three-digit kommunekode, e.g. \"101\".")
        .String("name", m => m.Name, "The municipality's name, e.g. \"Ærø Kommune\".")
        .String("regionCode", m => m.RegionCode, "The region's code, e.g. \"1084\".")
        .String("regionName", m => m.RegionName, "The region's name, e.g. \"Region Hovedstaden\".")
        .String("cvr", m => m.Cvr, "The municipality's CVR number, where known.")
        .Boolean("isMember", m => m.IsMember, "Whether the municipality is a member of DBS (medlemskommune).");
}
