namespace Dbs.Api.Authentication;

/// <summary>
/// JWT bearer tokens from an external OpenID provider (section <c>Authentication:Jwt</c>); off until
/// <see cref="Authority"/> and <see cref="Audience"/> are set. A token's CVR claim decides the organisation.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Authentication:Jwt";

    /// <summary>The provider's issuer URL; its discovery document gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience (resource) tokens must be issued for: this API.</summary>
    public string? Audience { get; set; }

    /// <summary>The issuer tokens must name; by default the one in the provider's discovery document.</summary>
    public string? Issuer { get; set; }

    /// <summary>Fetch discovery and keys over HTTPS only.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim with the company's CVR number: a supplier's, a municipality's or DBS's own.</summary>
    public string CvrClaim { get; set; } = "cvr";

    /// <summary>DBS's own CVR number: tokens carrying it act as DBS staff. Empty: no token does.</summary>
    public string? DbsCvr { get; set; }

    /// <summary>The claim with the role (<c>reader</c> or <c>editor</c>); the <c>scope</c> claim is read too.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim with the user's (or client's) id.</summary>
    public string UserIdClaim { get; set; } = "sub";

    /// <summary>The claim with a readable name.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>Tolerated clock difference between the provider and this host, in seconds.</summary>
    public int ClockSkewSeconds { get; set; } = 60;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(Audience);
}
