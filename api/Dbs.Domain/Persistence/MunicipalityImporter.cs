using Dbs.Domain.Common;
using Dbs.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Persistence;

/// <summary>
/// Brings the municipalities table in line with the embedded reference list: adds missing municipalities (with the
/// reference membership and known CVRs) and refreshes names and regions. Membership of existing rows is left alone,
/// since DBS maintains it in the database. Idempotent; run after every migration.
/// </summary>
internal static class MunicipalityImporter
{
    public static async Task<int> ImportAsync(DbsDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Municipalities.ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        var added = 0;
        foreach (var record in MunicipalityReference.All)
        {
            if (existing.TryGetValue(record.Code, out var municipality))
            {
                municipality.UpdateFromReference(record);
                continue;
            }

            db.Municipalities.Add(new Municipality(Kommunekode.Parse(record.Code), record.Name, record.RegionCode,
                record.RegionName, record.Cvr is null ? null : Cvr.Parse(record.Cvr), record.IsMember));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
