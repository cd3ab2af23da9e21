using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dbs.Api.Benchmarks;

/// <summary>The real host (<c>api/Dbs.Api</c>, built in Release) as a child process on a free loopback port.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly Process _process;

    private ApiHost(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Runs an admin command of the host against <paramref name="database"/>; returns its stdout.</summary>
    public static async Task<string> RunCommandAsync(string repository, string database, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(repository, database, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{string.Join(' ', arguments)}` failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }

    public static async Task<ApiHost> StartAsync(string repository, string database)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Process.Start(StartInfo(repository, database, ["--urls", address.ToString()]))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var host = new ApiHost(process, address);
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        await host.DisposeAsync();
        throw new InvalidOperationException("The host did not become healthy.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string repository, string database, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(repository, "api", "Dbs.Api", "bin", "Release", "net10.0", "Dbs.Api.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Production: no demo seeding, no exception details, suggestions off, as a deployment runs.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["ConnectionStrings__Dbs"] = $"Data Source={database}";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Portal__ContactEmail"] = "tilsyn@example.invalid";
        return info;
    }
}
