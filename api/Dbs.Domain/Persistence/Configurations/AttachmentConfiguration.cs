using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.StorageKey).HasMaxLength(400);
        builder.Property(a => a.UploadedByUserId).HasMaxLength(200);
        builder.Property(a => a.UploadedByName).HasMaxLength(200);
        builder.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.QuestionnaireId, a.QuestionId });
        builder.HasIndex(a => a.StorageKey).IsUnique();
    }
}
