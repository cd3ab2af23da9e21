using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class QuestionnaireSectionConfiguration : IEntityTypeConfiguration<QuestionnaireSection>
{
    public void Configure(EntityTypeBuilder<QuestionnaireSection> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.HasMany(s => s.Questions).WithOne(q => q.Section).HasForeignKey(q => q.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.TemplateId, s.Order }).IsUnique();
    }
}
