using Dbs.Domain.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class FindingHistoryEntryConfiguration : IEntityTypeConfiguration<FindingHistoryEntry>
{
    public void Configure(EntityTypeBuilder<FindingHistoryEntry> builder)
    {
        builder.ToTable("FindingHistory");
        builder.Property(h => h.Action).HasMaxLength(40);
        builder.Property(h => h.Note).HasMaxLength(4000);
        builder.Property(h => h.ByUserId).HasMaxLength(200);
        builder.Property(h => h.ByName).HasMaxLength(200);
        builder.HasIndex(h => h.FindingId);
    }
}
