using Dbs.Domain.ItSystems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class ItSystemUsageConfiguration : IEntityTypeConfiguration<ItSystemUsage>
{
    public void Configure(EntityTypeBuilder<ItSystemUsage> builder)
    {
        builder.HasKey(u => new { u.ItSystemId, u.MunicipalityId });
        builder.HasOne(u => u.Municipality).WithMany().HasForeignKey(u => u.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.MunicipalityId);
    }
}
