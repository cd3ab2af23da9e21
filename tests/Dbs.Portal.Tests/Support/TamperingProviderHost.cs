using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dbs.Domain.Common;
using Dbs.Domain.Suppliers;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dbs.Portal.Tests.Support;

/// <summary>
/// The host signing in through npm oidc-provider with a signing key this fixture made (so it can re-sign the id_token
/// with one claim changed), behind a <see cref="TokenEndpointProxy"/> that lets a test replace the id_token. Also holds
/// a second key the provider does not publish, for forgeries. Shared by a test class.
/// </summary>
public sealed class TamperingProviderHost : IAsyncLifetime
{
    public const string KeyId = "dbs-test-signing-key";

    private readonly RSA _providerKey = RSA.Create(2048);
    private readonly RSA _forgerKey = RSA.Create(2048);

    public PortalHost Host { get; private set; } = null!;

    public OidcProvider Provider { get; private set; } = null!;

    public TokenEndpointProxy Proxy { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = PortalHost.FreePort();
        Provider = await OidcProvider.StartAsync($"http://localhost:{port}/konto/callback", $"http://localhost:{port}/", jwks: PrivateJwks(_providerKey));
        Proxy = await TokenEndpointProxy.StartAsync(Provider.Issuer);
        var settings = Provider.Settings();
        settings["Oidc:Authority"] = Proxy.Address;
        Host = new PortalHost("Development", settings);
        Host.StartOnPort(port);
        await Host.WithDatabaseAsync(async db =>
        {
            Assert.True(Cvr.TryParse(ProviderHost.SupplierCvr, out var cvr));
            db.Suppliers.Add(new Supplier(cvr, ProviderHost.SupplierName));
            return await db.SaveChangesAsync();
        });
    }

    public WebUser NewUser() => new(Host.Address!);

    /// <summary>The id_token's claims with <paramref name="change"/> applied, signed with the provider's own key.</summary>
    public string Resign(string idToken, Action<JsonObject> change) => Sign(idToken, change, _providerKey);

    /// <summary>The id_token's claims unchanged, signed with a key the provider does not publish (but under its key id).</summary>
    public string Forge(string idToken) => Sign(idToken, _ => { }, _forgerKey);

    private static string Sign(string idToken, Action<JsonObject> change, RSA key)
    {
        var claims = JsonNode.Parse(Base64UrlEncoder.Decode(new JsonWebToken(idToken).EncodedPayload))!.AsObject();
        change(claims);
        var credentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);
        return new JsonWebTokenHandler().CreateToken(claims.ToJsonString(), credentials);
    }

    private static string PrivateJwks(RSA key)
    {
        var p = key.ExportParameters(includePrivateParameters: true);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["kid"] = KeyId,
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["d"] = Base64UrlEncoder.Encode(p.D),
            ["p"] = Base64UrlEncoder.Encode(p.P),
            ["q"] = Base64UrlEncoder.Encode(p.Q),
            ["dp"] = Base64UrlEncoder.Encode(p.DP),
            ["dq"] = Base64UrlEncoder.Encode(p.DQ),
            ["qi"] = Base64UrlEncoder.Encode(p.InverseQ),
        };
        return JsonSerializer.Serialize(new { keys = new[] { jwk } });
    }

    public async Task DisposeAsync()
    {
        Host.Dispose();
        await Proxy.DisposeAsync();
        Provider.Dispose();
        _providerKey.Dispose();
        _forgerKey.Dispose();
    }
}
