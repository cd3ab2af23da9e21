using Dbs.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.Property(s => s.Cvr).HasMaxLength(8);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => s.Cvr).IsUnique();
        builder.HasIndex(s => s.Name);
        builder.HasMany(s => s.Contacts).WithOne(c => c.Supplier).HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Engagements).WithOne(e => e.Supplier).HasForeignKey(e => e.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
