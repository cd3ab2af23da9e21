using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class ClarificationConfiguration : IEntityTypeConfiguration<Clarification>
{
    public void Configure(EntityTypeBuilder<Clarification> builder)
    {
        builder.Property(c => c.Comment).HasMaxLength(4000);
        builder.Property(c => c.RequestedByUserId).HasMaxLength(200);
        builder.Property(c => c.RequestedByName).HasMaxLength(200);
        builder.HasOne(c => c.Question).WithMany().HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.QuestionnaireId, c.Round, c.QuestionId }).IsUnique();
    }
}
