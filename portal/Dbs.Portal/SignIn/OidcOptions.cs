namespace Dbs.Portal.SignIn;

/// <summary>
/// The OpenID provider suppliers sign in through (in production a broker in front of MitID Erhverv), bound from the
/// configuration section <c>Oidc</c>. Sign-in through a provider is off while <see cref="Authority"/> is empty.
/// </summary>
public sealed class OidcOptions
{
    public const string SectionName = "Oidc";

    /// <summary>The issuer; its discovery document is at <c>.well-known/openid-configuration</c> below it.</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "";

    /// <summary>Never in the repository: set it through the environment (<c>Oidc__ClientSecret</c>).</summary>
    public string ClientSecret { get; set; } = "";

    public string Scope { get; set; } = "openid profile";

    /// <summary>The id_token claim with the company's CVR number.</summary>
    public string CvrClaim { get; set; } = "cvr";

    /// <summary>The id_token claim with the user's persistent id, which becomes the actor's user id.</summary>
    public string UserIdClaim { get; set; } = "sub";

    public string NameClaim { get; set; } = "name";

    /// <summary>Off only for a provider on loopback in tests: discovery and keys are fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority);
}
