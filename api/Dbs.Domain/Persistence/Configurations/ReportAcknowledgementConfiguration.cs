using Dbs.Domain.Acknowledgements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class ReportAcknowledgementConfiguration : IEntityTypeConfiguration<ReportAcknowledgement>
{
    public void Configure(EntityTypeBuilder<ReportAcknowledgement> builder)
    {
        builder.Property(a => a.Comment).HasMaxLength(4000);
        builder.Property(a => a.ByUserId).HasMaxLength(200);
        builder.Property(a => a.ByName).HasMaxLength(200);
        builder.HasOne(a => a.Supervision).WithMany().HasForeignKey(a => a.SupervisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Municipality).WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SupervisionId, a.MunicipalityId }).IsUnique();
        builder.HasIndex(a => new { a.MunicipalityId, a.Status });
    }
}
