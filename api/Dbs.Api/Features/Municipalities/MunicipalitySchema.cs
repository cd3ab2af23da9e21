using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Municipalities;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Municipalities;

/// <summary>Municipalities (kommuner) and <c>Query.municipalities</c>.</summary>
internal static class MunicipalitySchema
{
    public static SchemaBuilder AddMunicipalities(this SchemaBuilder builder) =>
        builder
            .AddResolver<MunicipalityQueries>("Query")
            .BindRuntimeType<Municipality>("Municipality")
            .AddResolver<MunicipalityType>("Municipality")
            .AddListing(MunicipalityFilters.Descriptor)
            .AddConnection<Municipality>("MunicipalitiesConnection");
}
