using Dbs.Api.GraphQL;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Persistence;

namespace Dbs.Api.Features.Dashboards;

/// <summary><c>Municipality.dashboard</c>.</summary>
public sealed class MunicipalityDashboardField
{
    public Task<MunicipalityDashboard?> DashboardAsync(Municipality parent, RequestData data, DbsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken) =>
        DashboardQueries.ForAsync(parent.Id, data, db, clock, cancellationToken);
}
