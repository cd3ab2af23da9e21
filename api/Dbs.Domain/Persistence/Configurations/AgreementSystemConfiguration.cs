using Dbs.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class AgreementSystemConfiguration : IEntityTypeConfiguration<AgreementSystem>
{
    public void Configure(EntityTypeBuilder<AgreementSystem> builder)
    {
        builder.HasKey(s => new { s.AgreementId, s.ItSystemId });
        builder.HasOne(s => s.ItSystem).WithMany().HasForeignKey(s => s.ItSystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ItSystemId);
    }
}
