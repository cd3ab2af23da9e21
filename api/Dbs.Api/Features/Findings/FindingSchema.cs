using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Findings;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Findings;

/// <summary>Findings (afvigelser, bemærkninger, anbefalinger) and <c>Query.findings</c>.</summary>
internal static class FindingSchema
{
    public static SchemaBuilder AddFindings(this SchemaBuilder builder) =>
        builder
            .AddResolver<FindingQueries>("Query")
            .BindRuntimeType<Finding>("Finding")
            .BindRuntimeType<FindingKind>("FindingKind")
            .BindRuntimeType<FindingSeverity>("FindingSeverity")
            .BindRuntimeType<FindingStatus>("FindingStatus")
            .AddResolver<FindingType>("Finding")
            .AddListing(FindingFilters.Descriptor)
            .AddConnection<Finding>("FindingsConnection");
}
