using System.Security.Cryptography;
using System.Text;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.ApiTokens;

/// <summary>
/// Creates, verifies and revokes API tokens. A token reads <c>dbs_&lt;lookup&gt;_&lt;secret&gt;</c>: the prefix makes it
/// recognisable (secret scanners, logs), the lookup finds its row, and the 256-bit secret is stored only as its
/// SHA-256 hash (a fast hash suffices for a high-entropy secret; there is nothing to guess).
/// </summary>
public sealed class ApiTokenService(DbsDbContext db, TimeProvider clock)
{
    public const string Prefix = "dbs_";
    public const int LookupLength = 12;
    private const int SecretBytes = 32;
    private const int MaxNameLength = 200;

    /// <summary>
    /// Creates a token for <paramref name="organisation"/>: a kommunekode ("101"), a supplier's CVR number, or "dbs".
    /// Fails with <c>VALIDATION_FAILED</c> for a malformed organisation, a blank or long name or an expiry in the past,
    /// and <c>NOT_FOUND</c> for an organisation that is not in the database.
    /// </summary>
    public async Task<Result<CreatedApiToken>> CreateAsync(string organisation, Role role, string? name = null,
        DateTimeOffset? expiresAt = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            return new ValidationFailed("expires", "The expiry must be in the future.");
        }

        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength))
        {
            return new ValidationFailed("name", $"A token's name must be between 1 and {MaxNameLength} characters.");
        }

        var owner = await FindOrganisationAsync(organisation, cancellationToken);
        if (owner.IsFailure)
        {
            return owner.Error;
        }

        var (kind, id, organisationName) = owner.Value;
        var lookup = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(LookupLength / 2));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var token = new ApiToken(lookup, Hash(secret), kind, id, organisationName, role,
            name?.Trim() ?? $"{organisationName} ({role.ToString().ToLowerInvariant()})", now, expiresAt);
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(token, $"{Prefix}{lookup}_{secret}");
    }

    /// <summary>
    /// The actor a presented token acts as, or null when it is malformed, unknown, revoked or expired. The secret is
    /// compared in constant time.
    /// </summary>
    public async Task<Actor?> VerifyAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!TrySplit(presented, out var lookup, out var secret))
        {
            return null;
        }

        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Lookup == lookup, cancellationToken);
        var hash = Hash(secret);
        if (token is null || !CryptographicOperations.FixedTimeEquals(hash, token.SecretHash))
        {
            return null;
        }

        return token.IsActiveAt(clock.GetUtcNow()) ? token.ToActor() : null;
    }

    /// <summary>Revokes a token for good; revoking it again is an <c>INVALID_TRANSITION</c>.</summary>
    public async Task<Result<ApiToken>> RevokeAsync(int id, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return new NotFound(nameof(ApiToken), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var revoked = token.Revoke(clock.GetUtcNow());
        if (revoked.IsFailure)
        {
            return revoked.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Every token, newest first (the secrets are not there to list).</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tokens = await db.ApiTokens.AsNoTracking().ToListAsync(cancellationToken);
        return [.. tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)];
    }

    private static bool TrySplit(string presented, out string lookup, out string secret)
    {
        lookup = secret = string.Empty;
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal)
            || presented.Length <= Prefix.Length + LookupLength + 1
            || presented[Prefix.Length + LookupLength] != '_')
        {
            return false;
        }

        lookup = presented.Substring(Prefix.Length, LookupLength);
        secret = presented[(Prefix.Length + LookupLength + 1)..];
        return true;
    }

    private async Task<Result<(OrganisationKind Kind, int? Id, string Name)>> FindOrganisationAsync(string organisation,
        CancellationToken cancellationToken)
    {
        var value = organisation.Trim();
        if (string.Equals(value, "dbs", StringComparison.OrdinalIgnoreCase))
        {
            return (OrganisationKind.Dbs, (int?)null, "DBS");
        }

        if (Kommunekode.TryParse(value, out var code))
        {
            var municipality = await db.Municipalities.AsNoTracking()
                .Where(m => m.Code == code.Value).Select(m => new { m.Id, m.Name }).SingleOrDefaultAsync(cancellationToken);
            return municipality is null
                ? new NotFound("Municipality", code.Value)
                : (OrganisationKind.Municipality, municipality.Id, municipality.Name);
        }

        if (Cvr.TryParse(value, out var cvr))
        {
            var supplier = await db.Suppliers.AsNoTracking()
                .Where(s => s.Cvr == cvr.Value).Select(s => new { s.Id, s.Name }).SingleOrDefaultAsync(cancellationToken);
            return supplier is null
                ? new NotFound("Supplier", cvr.Value)
                : (OrganisationKind.Supplier, supplier.Id, supplier.Name);
        }

        return new ValidationFailed("org", $"'{value}' is neither a kommunekode, a valid CVR number nor 'dbs'.");
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
