using Dbs.Domain.ItSystems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class ItSystemConfiguration : IEntityTypeConfiguration<ItSystem>
{
    public void Configure(EntityTypeBuilder<ItSystem> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.HasOne(s => s.Supplier).WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Usages).WithOne(u => u.ItSystem).HasForeignKey(u => u.ItSystemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.SupplierId);
        builder.HasIndex(s => s.Name);
        builder.HasIndex(s => s.KitosUuid).IsUnique();
    }
}
