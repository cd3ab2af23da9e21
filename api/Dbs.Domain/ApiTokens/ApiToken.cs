using Dbs.Domain.Common;

namespace Dbs.Domain.ApiTokens;

/// <summary>
/// A bearer token an organisation's integration uses to call the API. Only the SHA-256 hash of its secret is stored;
/// the token itself (<c>dbs_&lt;lookup&gt;_&lt;secret&gt;</c>) is shown once, when it is created. <see cref="Lookup"/>
/// finds the row without comparing secrets.
/// </summary>
public sealed class ApiToken : Entity
{
    internal ApiToken(string lookup, byte[] secretHash, OrganisationKind organisationKind, int? organisationId,
        string organisationName, Role role, string name, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        Lookup = lookup;
        SecretHash = secretHash;
        OrganisationKind = organisationKind;
        OrganisationId = organisationId;
        OrganisationName = organisationName;
        Role = role;
        Name = name;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    private ApiToken()
    {
        Lookup = OrganisationName = Name = string.Empty;
        SecretHash = [];
    }

    /// <summary>The public, random part of the token that identifies it (not secret).</summary>
    public string Lookup { get; private set; }

    /// <summary>SHA-256 of the token's secret part.</summary>
    public byte[] SecretHash { get; private set; }

    public OrganisationKind OrganisationKind { get; private set; }

    /// <summary>The municipality's or supplier's id; null for DBS.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The organisation's name when the token was created, for listings.</summary>
    public string OrganisationName { get; private set; }

    public Role Role { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);

    /// <summary>The actor requests with this token act as.</summary>
    public Actor ToActor() => new($"api-token:{Id}", Name, OrganisationKind, OrganisationId, Role);

    public Result Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null)
        {
            return new InvalidTransition(nameof(ApiToken), Id, "Revoked", "be revoked");
        }

        RevokedAt = at;
        return Result.Success();
    }
}
