using System.Data.Common;
using Dbs.Api.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace Dbs.Api.Commands;

/// <summary>
/// What an admin command needs from its surroundings: where to write, and the app's services built from the same
/// configuration as the web host (appsettings, environment variables such as <c>ConnectionStrings__Dbs</c>).
/// Tests pass their own writers, configuration and environment name (null: ASPNETCORE_ENVIRONMENT, as usual).
/// </summary>
internal sealed class AdminContext(TextWriter output, TextWriter error, Action<WebApplicationBuilder>? configure = null,
    string? environmentName = null)
{
    public static AdminContext ForConsole() => new(Console.Out, Console.Error);

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>
    /// Runs <paramref name="action"/> in a service scope of the host's services, without starting the web server.
    /// A database that cannot be reached or used is reported in one line on stderr, with exit code 1.
    /// </summary>
    public async Task<int> RunAsync(string command, Func<IServiceProvider, CancellationToken, Task<int>> action,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var app = BuildApp();
            await using var scope = app.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException)
        {
            await Error.WriteLineAsync($"{command} failed: {exception.Message}");
            return AdminCommandLine.Failure;
        }
    }

    private WebApplication BuildApp()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environmentName });
        // Commands report on stdout themselves; only warnings and errors are logged, to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        configure?.Invoke(builder);
        builder.AddDbsDatabase();
        return builder.Build();
    }
}
