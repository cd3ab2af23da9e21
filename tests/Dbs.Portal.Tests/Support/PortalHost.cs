using System.Net;
using System.Net.Sockets;
using Dbs.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Portal.Tests.Support;

/// <summary>
/// The real host (API and portal) in <c>environment</c> on its own SQLite file, without demo data, with
/// <c>settings</c> on top of its appsettings; optionally on a real loopback port.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    private readonly SqliteFile _database = new();
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;

    private readonly TimeProvider? _clock;

    public PortalHost(string environment, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null,
        bool seedDemoData = false)
    {
        _environment = environment;
        _clock = clock;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Dbs"] = _database.ConnectionString,
            ["DemoData:SeedOnFirstStart"] = seedDemoData ? "true" : "false",
        };
    }

    /// <summary>The root URL after <see cref="StartOnPort"/>.</summary>
    public Uri? Address { get; private set; }

    /// <summary>A free loopback port now (the host or the provider binds it right after).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void StartOnPort(int port)
    {
        UseKestrel(port);
        StartServer();
        Address = new Uri($"http://localhost:{port}/");
    }

    /// <summary>Runs <paramref name="work"/> on a fresh context of the host's database.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<DbsDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<DbsDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
