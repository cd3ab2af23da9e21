using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> builder)
    {
        builder.Property(q => q.LastEditedByName).HasMaxLength(200);
        builder.Property(q => q.SubmittedByUserId).HasMaxLength(200);
        builder.Property(q => q.SubmittedByName).HasMaxLength(200);
        builder.Property(q => q.AcceptedByUserId).HasMaxLength(200);
        builder.Property(q => q.AcceptedByName).HasMaxLength(200);
        builder.Ignore(q => q.OpenClarifications);
        builder.Ignore(q => q.IsEditable);
        builder.HasOne(q => q.Supplier).WithMany().HasForeignKey(q => q.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.Template).WithMany().HasForeignKey(q => q.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(q => q.Answers).WithOne(a => a.Questionnaire).HasForeignKey(a => a.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Attachments).WithOne(a => a.Questionnaire).HasForeignKey(a => a.QuestionnaireId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Clarifications).WithOne(c => c.Questionnaire).HasForeignKey(c => c.QuestionnaireId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.SupplierId, q.Year }).IsUnique();
        builder.HasIndex(q => new { q.Year, q.Status });
    }
}
