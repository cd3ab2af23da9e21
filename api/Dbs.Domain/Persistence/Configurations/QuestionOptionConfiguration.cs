using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class QuestionOptionConfiguration : IEntityTypeConfiguration<QuestionOption>
{
    public void Configure(EntityTypeBuilder<QuestionOption> builder)
    {
        builder.Property(o => o.Key).HasMaxLength(100);
        builder.Property(o => o.Label).HasMaxLength(400);
        builder.HasIndex(o => new { o.QuestionId, o.Key }).IsUnique();
    }
}
