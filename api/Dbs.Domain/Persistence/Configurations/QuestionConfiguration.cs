using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Key).HasMaxLength(100);
        builder.Property(q => q.Text).HasMaxLength(4000);
        builder.Property(q => q.HelpText).HasMaxLength(4000);
        builder.Property(q => q.ClauseReference).HasMaxLength(20);
        builder.HasMany(q => q.Options).WithOne(o => o.Question).HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.SectionId, q.Order }).IsUnique();
        builder.HasIndex(q => q.Key);
    }
}
