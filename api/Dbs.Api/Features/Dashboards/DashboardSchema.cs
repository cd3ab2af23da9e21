using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Agreements;
using Dbs.Domain.Supervisions;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Dashboards;

/// <summary>Municipalities' dashboards: <c>Query.dashboard</c> and <c>Municipality.dashboard</c>.</summary>
internal static class DashboardSchema
{
    public static SchemaBuilder AddDashboards(this SchemaBuilder builder) =>
        builder
            .AddResolver<DashboardQueries>("Query")
            .AddResolver<MunicipalityDashboardField>("Municipality")
            .BindRuntimeType<MunicipalityDashboard>("MunicipalityDashboard")
            .BindRuntimeType<StatusCount<AgreementStatus>>("AgreementStatusCount")
            .BindRuntimeType<StatusCount<SupervisionStatus>>("SupervisionStatusCount")
            .BindRuntimeType<SeverityCount>("FindingSeverityCount")
            .BindRuntimeType<StatusCount<AcknowledgementStatus>>("AcknowledgementStatusCount");
}
