using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dbs.Domain.Common;
using Dbs.Domain.Suppliers;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Tests.Api;

/// <summary>
/// JWT access tokens from a real OpenID provider (npm oidc-provider, client credentials) calling <c>/graphql</c>:
/// the CVR claim decides the organisation, the role claim the role; only signed, unexpired tokens of the
/// configured issuer for this API's audience pass.
/// </summary>
public sealed class JwtBearerTests(JwtBearerTests.Fixture fixture) : IClassFixture<JwtBearerTests.Fixture>
{
    private const string Me = "{ me { organisationKind organisationName role } }";

    [Fact]
    public async Task A_token_with_a_suppliers_cvr_acts_for_that_supplier_in_the_role_it_names()
    {
        var (status, body) = await fixture.PostAsync(fixture.Host, Me, await fixture.TokenAsync(Fixture.Supplier));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"organisationKind":"SUPPLIER","organisationName":"Testleverandøren A/S","role":"EDITOR"}""",
            body.GetProperty("data").GetProperty("me").GetRawText());
    }

    [Fact]
    public async Task A_municipalitys_cvr_acts_for_the_municipality_and_dbss_cvr_for_dbs_reading_by_default()
    {
        var (_, municipality) = await fixture.PostAsync(fixture.Host, Me, await fixture.TokenAsync(Fixture.Municipality));
        var (_, dbs) = await fixture.PostAsync(fixture.Host, Me, await fixture.TokenAsync(Fixture.Dbs));

        Assert.Equal("""{"organisationKind":"MUNICIPALITY","organisationName":"Aarhus Kommune","role":"READER"}""",
            municipality.GetProperty("data").GetProperty("me").GetRawText());
        Assert.Equal("DBS", dbs.GetProperty("data").GetProperty("me").GetProperty("organisationKind").GetString());
        Assert.Equal("EDITOR", dbs.GetProperty("data").GetProperty("me").GetProperty("role").GetString());
    }

    [Fact]
    public async Task An_unknown_cvr_is_authenticated_but_reads_nothing()
    {
        var (status, body) = await fixture.PostAsync(fixture.Host, "{ me { role } municipalities(first: 1) { totalCount } }",
            await fixture.TokenAsync(Fixture.Unknown));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("me").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("municipalities").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_forged_signature_is_401()
    {
        var token = await fixture.TokenAsync(Fixture.Supplier);
        var parts = token.Split('.');
        // The same header and claims, signed by a key the provider never published.
        using var forger = RSA.Create(2048);
        var signature = forger.SignData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var forged = parts[0] + "." + parts[1] + "." + Base64Url(signature);
        var unsigned = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"at+jwt"}""")) + "." + parts[1] + ".";

        var (status, body) = await fixture.PostAsync(fixture.Host, Me, forged);
        var (unsignedStatus, _) = await fixture.PostAsync(fixture.Host, Me, unsigned);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.Unauthorized, unsignedStatus);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_token_for_another_audience_is_401()
    {
        var token = await fixture.Provider.AccessTokenAsync(Fixture.Supplier, "https://other-api.example");

        var (status, _) = await fixture.PostAsync(fixture.Host, Me, token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        // The provider's tokens live 5 minutes; this host's clock reads 10 minutes later.
        var token = await fixture.TokenAsync(Fixture.Supplier);

        var (status, _) = await fixture.PostAsync(fixture.LateHost, Me, token);
        var (fresh, _) = await fixture.PostAsync(fixture.Host, Me, token);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (status, fresh));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The provider with four clients, and the host trusting it: now, and with a clock 10 minutes ahead.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const string Audience = "https://api.dbs.test";
        public const string DbsCvr = "32180000";
        public const string MunicipalityCvr = "29550018";

        public static readonly ApiClient Supplier = new("supplier-integration", ProviderHost.SupplierCvr, "editor");
        public static readonly ApiClient Municipality = new("municipality-integration", MunicipalityCvr);
        public static readonly ApiClient Dbs = new("dbs-integration", DbsCvr, "editor");
        public static readonly ApiClient Unknown = new("unknown-integration", "55210004", "editor");

        public OidcProvider Provider { get; private set; } = null!;

        public PortalHost Host { get; private set; } = null!;

        public PortalHost LateHost { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Provider = await OidcProvider.StartAsync("http://localhost/unused", "http://localhost/", [Supplier, Municipality, Dbs, Unknown]);
            var settings = new Dictionary<string, string?>
            {
                ["Authentication:Jwt:Authority"] = Provider.Issuer,
                ["Authentication:Jwt:Audience"] = Audience,
                ["Authentication:Jwt:RequireHttpsMetadata"] = "false",
                ["Authentication:Jwt:DbsCvr"] = DbsCvr,
            };
            Host = new PortalHost("Production", settings);
            LateHost = new PortalHost("Production", settings, new FixedClock(DateTimeOffset.UtcNow.AddMinutes(10)));
            await Host.WithDatabaseAsync(async db =>
            {
                db.Suppliers.Add(new Supplier(Cvr.Parse(ProviderHost.SupplierCvr), ProviderHost.SupplierName));
                var aarhus = await db.Municipalities.SingleAsync(m => m.Code == "751");
                aarhus.SetCvr(Cvr.Parse(MunicipalityCvr));
                return await db.SaveChangesAsync();
            });
        }

        public Task<string> TokenAsync(ApiClient client) => Provider.AccessTokenAsync(client, Audience);

        public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(PortalHost host, string query, string token)
        {
            using var client = host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return (response.StatusCode, json.RootElement.Clone());
        }

        public Task DisposeAsync()
        {
            Host.Dispose();
            LateHost.Dispose();
            Provider.Dispose();
            return Task.CompletedTask;
        }
    }
}
