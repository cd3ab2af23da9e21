using Dbs.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(3);
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.RegionCode).HasMaxLength(4);
        builder.Property(m => m.RegionName).HasMaxLength(100);
        builder.Property(m => m.Cvr).HasMaxLength(8);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasIndex(m => m.Cvr).IsUnique();
        builder.HasIndex(m => m.IsMember);
    }
}
