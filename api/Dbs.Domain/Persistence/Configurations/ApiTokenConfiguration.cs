using Dbs.Domain.ApiTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dbs.Domain.Persistence.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Lookup).HasMaxLength(ApiTokenService.LookupLength);
        builder.HasIndex(t => t.Lookup).IsUnique();
        builder.Property(t => t.SecretHash).HasMaxLength(32);
        builder.Property(t => t.OrganisationName).HasMaxLength(200);
        builder.Property(t => t.Name).HasMaxLength(200);
    }
}
