namespace Dbs.Domain.Common;

/// <summary>The kind of organisation a user acts for.</summary>
public enum OrganisationKind
{
    Dbs,
    Municipality,
    Supplier,
}
