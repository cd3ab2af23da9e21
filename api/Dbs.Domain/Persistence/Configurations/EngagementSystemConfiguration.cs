using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class EngagementSystemConfiguration : IEntityTypeConfiguration<EngagementSystem>
{
    public void Configure(EntityTypeBuilder<EngagementSystem> builder)
    {
        builder.HasKey(s => new { s.EngagementId, s.ItSystemId });
        builder.HasOne(s => s.ItSystem).WithMany().HasForeignKey(s => s.ItSystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ItSystemId);
    }
}
