using Dbs.Domain.Common;
using Dbs.Domain.SubProcessors;

namespace Dbs.Domain.Suppliers;

/// <summary>An IT supplier (leverandør): the data processor in the municipalities' agreements.</summary>
public sealed class Supplier : VersionedEntity
{
    private readonly List<SupplierContact> _contacts = [];
    private readonly List<SubProcessorEngagement> _engagements = [];

    public Supplier(Cvr cvr, string name)
    {
        Cvr = cvr.Value;
        Name = name;
    }

    private Supplier()
    {
        Cvr = Name = string.Empty;
    }

    /// <summary>The supplier's CVR number (8 digits, valid).</summary>
    public string Cvr { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyCollection<SupplierContact> Contacts => _contacts;

    /// <summary>The sub-processors this supplier engages (current, past and announced).</summary>
    public IReadOnlyCollection<SubProcessorEngagement> Engagements => _engagements;

    public Result Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new ValidationFailed("name", "A supplier needs a name.");
        }

        Name = name.Trim();
        return Result.Success();
    }

    public SupplierContact AddContact(string name, string email, string? phone, string? role)
    {
        var contact = new SupplierContact(this, name, email, phone, role);
        _contacts.Add(contact);
        return contact;
    }

    public bool RemoveContact(SupplierContact contact) => _contacts.Remove(contact);
}
