using Dbs.Domain.Agreements;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Persistence;

namespace Dbs.Domain.Supervisions;

/// <summary>Who a supervision concerns, derived from the agreements.</summary>
public static class SupervisionQueries
{
    /// <summary>
    /// The member municipalities a supervision's report goes to: those with an active agreement covering the system
    /// (for a supplier-level supervision, any active agreement with the supplier).
    /// </summary>
    public static IQueryable<Municipality> AffectedMemberMunicipalities(this DbsDbContext db, Supervision supervision)
    {
        var agreements = db.Agreements.Where(a => a.Status == AgreementStatus.Active && a.SupplierId == supervision.SupplierId);
        if (supervision.ItSystemId is { } systemId)
        {
            agreements = agreements.Where(a => a.Systems.Any(s => s.ItSystemId == systemId));
        }

        return db.Municipalities.Where(m => m.IsMember && agreements.Any(a => a.MunicipalityId == m.Id));
    }
}
