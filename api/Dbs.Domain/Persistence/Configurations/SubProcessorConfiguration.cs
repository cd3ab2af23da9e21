using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class SubProcessorConfiguration : IEntityTypeConfiguration<SubProcessor>
{
    public void Configure(EntityTypeBuilder<SubProcessor> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Cvr).HasMaxLength(8);
        builder.Property(s => s.ForeignRegistrationId).HasMaxLength(100);
        builder.Property(s => s.CountryCode).HasMaxLength(2);
        builder.Property(s => s.ServiceDescription).HasMaxLength(2000);
        builder.Ignore(s => s.IsInThirdCountry);
        builder.HasIndex(s => s.Cvr);
        builder.HasIndex(s => s.CountryCode);
        builder.HasIndex(s => s.Name);
    }
}
