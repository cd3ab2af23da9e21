namespace Dbs.Domain.Common;

/// <summary>
/// The signed-in user a service acts for. <see cref="OrganisationId"/> is the municipality's or the supplier's
/// <see cref="Entity.Id"/>; it is null for DBS staff.
/// </summary>
public sealed record Actor(string UserId, string DisplayName, OrganisationKind OrganisationKind, int? OrganisationId, Role Role)
{
    public static Actor DbsStaff(string userId, string displayName, Role role = Role.Editor) =>
        new(userId, displayName, OrganisationKind.Dbs, null, role);

    public static Actor ForMunicipality(int municipalityId, string userId, string displayName, Role role = Role.Editor) =>
        new(userId, displayName, OrganisationKind.Municipality, municipalityId, role);

    public static Actor ForSupplier(int supplierId, string userId, string displayName, Role role = Role.Editor) =>
        new(userId, displayName, OrganisationKind.Supplier, supplierId, role);

    public bool IsDbs => OrganisationKind == OrganisationKind.Dbs;

    public bool IsEditor => Role == Role.Editor;

    public bool IsMunicipality(int municipalityId) =>
        OrganisationKind == OrganisationKind.Municipality && OrganisationId == municipalityId;

    public bool IsSupplier(int supplierId) =>
        OrganisationKind == OrganisationKind.Supplier && OrganisationId == supplierId;
}
