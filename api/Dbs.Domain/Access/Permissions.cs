using Dbs.Domain.Common;

namespace Dbs.Domain.Access;

/// <summary>Who may change what. Visibility is <see cref="AccessScope"/>'s; these checks come after it.</summary>
internal static class Permissions
{
    public static Forbidden? DbsEditor(Actor actor) =>
        !actor.IsDbs ? new Forbidden("Only DBS staff can do this.")
        : !actor.IsEditor ? ReadOnly()
        : null;

    public static Forbidden? SupplierEditor(Actor actor, int supplierId) =>
        !actor.IsSupplier(supplierId) ? new Forbidden("Only the supplier itself can do this.")
        : !actor.IsEditor ? ReadOnly()
        : null;

    public static Forbidden? MunicipalityEditor(Actor actor, int municipalityId) =>
        !actor.IsMunicipality(municipalityId) ? new Forbidden("Only the municipality itself can do this.")
        : !actor.IsEditor ? ReadOnly()
        : null;

    /// <summary>The supplier itself or DBS staff, as editors.</summary>
    public static Forbidden? SupplierOrDbsEditor(Actor actor, int supplierId) =>
        !(actor.IsDbs || actor.IsSupplier(supplierId)) ? new Forbidden("Only the supplier or DBS staff can do this.")
        : !actor.IsEditor ? ReadOnly()
        : null;

    private static Forbidden ReadOnly() => new("Your role only allows reading.");
}
