using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class QuestionnaireTemplateConfiguration : IEntityTypeConfiguration<QuestionnaireTemplate>
{
    public void Configure(EntityTypeBuilder<QuestionnaireTemplate> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Ignore(t => t.IsPublished);
        builder.Ignore(t => t.Questions);
        builder.HasMany(t => t.Sections).WithOne(s => s.Template).HasForeignKey(s => s.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.Year).IsUnique();
    }
}
