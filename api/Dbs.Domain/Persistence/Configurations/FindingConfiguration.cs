using Dbs.Domain.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.ClauseReference).HasMaxLength(20);
        builder.Property(f => f.Text).HasMaxLength(20_000);
        builder.Property(f => f.SupplierResponse).HasMaxLength(20_000);
        builder.Property(f => f.RespondedByName).HasMaxLength(200);
        builder.Ignore(f => f.IsOpen);
        builder.HasOne(f => f.Supervision).WithMany().HasForeignKey(f => f.SupervisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.History).WithOne(h => h.Finding).HasForeignKey(h => h.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.Status, f.FollowUpDeadline });
        builder.HasIndex(f => f.FollowUpDeadline);
        builder.HasIndex(f => new { f.SupervisionId, f.Status });
        builder.HasIndex(f => new { f.Severity, f.Status });
    }
}
