using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class SupervisionConfiguration : IEntityTypeConfiguration<Supervision>
{
    public void Configure(EntityTypeBuilder<Supervision> builder)
    {
        builder.Property(s => s.AuthorUserId).HasMaxLength(200);
        builder.Property(s => s.AuthorName).HasMaxLength(200);
        builder.Property(s => s.PeerReviewerUserId).HasMaxLength(200);
        builder.Property(s => s.PeerReviewerName).HasMaxLength(200);
        builder.Property(s => s.ReleasedByName).HasMaxLength(200);
        builder.Property(s => s.Conclusion).HasMaxLength(20_000);
        builder.Property(s => s.PeerReviewComment).HasMaxLength(4000);
        builder.Ignore(s => s.IsReleased);
        builder.HasOne(s => s.Supplier).WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.ItSystem).WithMany().HasForeignKey(s => s.ItSystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Questionnaire).WithMany().HasForeignKey(s => s.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ItSystemId, s.Year });
        builder.HasIndex(s => new { s.SupplierId, s.Year });
        builder.HasIndex(s => new { s.Status, s.Year });
    }
}
