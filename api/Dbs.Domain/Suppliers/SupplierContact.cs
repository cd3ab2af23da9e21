using Dbs.Domain.Common;

namespace Dbs.Domain.Suppliers;

/// <summary>A contact person at a supplier (kontaktperson), e.g. the compliance officer who answers the questionnaire.</summary>
public sealed class SupplierContact : Entity
{
    internal SupplierContact(Supplier supplier, string name, string email, string? phone, string? role)
    {
        Supplier = supplier;
        Name = name;
        Email = email;
        Phone = phone;
        Role = role;
    }

    private SupplierContact()
    {
        Supplier = null!;
        Name = Email = string.Empty;
    }

    public int SupplierId { get; private set; }

    public Supplier Supplier { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>What the person does for the supplier, e.g. "DPO" or "Compliance".</summary>
    public string? Role { get; private set; }
}
