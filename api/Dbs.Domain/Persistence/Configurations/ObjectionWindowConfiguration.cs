using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class ObjectionWindowConfiguration : IEntityTypeConfiguration<ObjectionWindow>
{
    public void Configure(EntityTypeBuilder<ObjectionWindow> builder)
    {
        builder.Property(w => w.ObjectedByUserId).HasMaxLength(200);
        builder.Property(w => w.ObjectedByName).HasMaxLength(200);
        builder.Property(w => w.ObjectionReason).HasMaxLength(4000);
        builder.HasOne(w => w.Municipality).WithMany().HasForeignKey(w => w.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.EngagementId, w.MunicipalityId }).IsUnique();
        builder.HasIndex(w => new { w.MunicipalityId, w.Status });
    }
}
