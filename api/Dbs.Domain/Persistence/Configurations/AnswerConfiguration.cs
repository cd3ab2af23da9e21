using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.Property(a => a.Value).HasMaxLength(20_000);
        builder.Property(a => a.Explanation).HasMaxLength(20_000);
        builder.Property(a => a.AnsweredByUserId).HasMaxLength(200);
        builder.Property(a => a.AnsweredByName).HasMaxLength(200);
        builder.Ignore(a => a.HasValue);
        builder.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.QuestionnaireId, a.QuestionId }).IsUnique();
    }
}
