using Dbs.Domain.Common;
using Dbs.Domain.Suppliers;

namespace Dbs.Portal.Tests.Support;

/// <summary>
/// The host in Development on a real port, signing in through npm oidc-provider, with one supplier
/// (<see cref="SupplierCvr"/>) whose contact person is <see cref="ContactName"/>. Shared by a test class.
/// </summary>
public sealed class ProviderHost : IAsyncLifetime
{
    public const string SupplierCvr = "12345674";
    public const string SupplierName = "Testleverandøren A/S";
    public const string ContactName = "Anna Andersen";

    /// <summary>A valid CVR number no supplier has.</summary>
    public const string UnknownCvr = "11111114";

    public PortalHost Host { get; private set; } = null!;

    public OidcProvider Provider { get; private set; } = null!;

    public int SupplierId { get; private set; }

    public async Task InitializeAsync()
    {
        var port = PortalHost.FreePort();
        Provider = await OidcProvider.StartAsync($"http://localhost:{port}/konto/callback", $"http://localhost:{port}/");
        Host = new PortalHost("Development", Provider.Settings());
        Host.StartOnPort(port);
        SupplierId = await Host.WithDatabaseAsync(async db =>
        {
            Assert.True(Cvr.TryParse(SupplierCvr, out var cvr));
            var supplier = new Supplier(cvr, SupplierName);
            supplier.AddContact(ContactName, "anna@testleverandoeren.dk", null, "Compliance");
            db.Suppliers.Add(supplier);
            await db.SaveChangesAsync();
            return supplier.Id;
        });
    }

    public WebUser NewUser() => new(Host.Address!);

    /// <summary>Signs in at the provider as <paramref name="login"/> ("&lt;cvr&gt;:&lt;name&gt;"), ending where the portal sends the user.</summary>
    public static async Task<Page> SignInAsync(WebUser user, string login, string returnUrl = "/")
    {
        var page = await user.GetAsync("/konto/log-ind?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var portal = user.Hops[0].RequestMessage!.RequestUri!.Authority;
        // The provider's login form, then its consent form.
        for (var step = 0; step < 4 && page.Url.Authority != portal; step++)
        {
            var form = page.Form();
            var values = form.QuerySelector("input[name=login]") is null
                ? null
                : new Dictionary<string, string> { ["login"] = login, ["password"] = "test" };
            page = await user.SubmitAsync(page, form, values);
        }

        return page;
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        Provider.Dispose();
        return Task.CompletedTask;
    }
}
