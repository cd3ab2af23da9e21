using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class SubProcessorEngagementConfiguration : IEntityTypeConfiguration<SubProcessorEngagement>
{
    public void Configure(EntityTypeBuilder<SubProcessorEngagement> builder)
    {
        builder.HasOne(e => e.SubProcessor).WithMany().HasForeignKey(e => e.SubProcessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Parent).WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Systems).WithOne(s => s.Engagement).HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.ObjectionWindows).WithOne(w => w.Engagement).HasForeignKey(w => w.EngagementId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.SupplierId, e.Status });
        builder.HasIndex(e => e.SubProcessorId);
        builder.HasIndex(e => e.ObjectionDeadline);
    }
}
