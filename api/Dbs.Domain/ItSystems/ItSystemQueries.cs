namespace Dbs.Domain.ItSystems;

/// <summary>Queries over IT systems that translate to SQL.</summary>
public static class ItSystemQueries
{
    /// <summary>Systems used by at least <paramref name="minimumMemberUsers"/> member municipalities: DBS's remit.</summary>
    public static IQueryable<ItSystem> UsedByAtLeastMembers(this IQueryable<ItSystem> systems, int minimumMemberUsers) =>
        systems.Where(s => s.Usages.Count(u => u.Municipality.IsMember) >= minimumMemberUsers);

    /// <summary>Systems DBS supervises under <paramref name="options"/>.</summary>
    public static IQueryable<ItSystem> SupervisedByDbs(this IQueryable<ItSystem> systems, SupervisionOptions options) =>
        systems.UsedByAtLeastMembers(options.MinimumMemberUsers);
}
