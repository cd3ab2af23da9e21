using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Agreements;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Agreements;

/// <summary>Data processing agreements and <c>Query.agreements</c>.</summary>
internal static class AgreementSchema
{
    public static SchemaBuilder AddAgreements(this SchemaBuilder builder) =>
        builder
            .AddResolver<AgreementQueries>("Query")
            .BindRuntimeType<Agreement>("Agreement")
            .BindRuntimeType<AgreementStatus>("AgreementStatus")
            .AddResolver<AgreementType>("Agreement")
            .AddResolver<AgreementExposures>("Agreement")
            .BindRuntimeType<ThirdCountryExposure>("ThirdCountryExposure")
            .AddResolver<AgreementExposures.OfExposure>("ThirdCountryExposure")
            .AddListing(AgreementFilters.Descriptor)
            .AddConnection<Agreement>("AgreementsConnection");
}
