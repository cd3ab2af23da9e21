using Dbs.Api.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Api.Tests.Support;

/// <summary>Runs an admin command in process, the way the executable does, and captures what it writes.</summary>
public sealed record AdminRun(int ExitCode, string Output, string Error)
{
    public static async Task<AdminRun> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null, string? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new AdminContext(output, error, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            builder.Services.AddSingleton(clock ?? FixedClock.DemoDay);
        }, environment);
        var exitCode = await AdminCommandLine.RunAsync(args, context);
        return new AdminRun(exitCode, output.ToString(), error.ToString());
    }

    public static Task<AdminRun> RunAsync(string[] args, SqliteFile database, TimeProvider? clock = null) =>
        RunAsync(args, new Dictionary<string, string?> { ["ConnectionStrings:Dbs"] = database.ConnectionString }, clock);

    public static Task<AdminRun> RunAsync(string[] args, PostgresDatabase database, TimeProvider? clock = null) =>
        RunAsync(args, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Dbs"] = database.ConnectionString,
        }, clock);
}
