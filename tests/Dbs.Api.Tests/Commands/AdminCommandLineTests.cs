using System.Diagnostics;
using Dbs.Api.Commands;
using Dbs.Api.Tests.Support;

namespace Dbs.Api.Tests.Commands;

public sealed class AdminCommandLineTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("migrate", "--force")]
    [InlineData("seed-demo", "--scale")]
    [InlineData("seed-demo", "--scale", "0")]
    [InlineData("seed-demo", "--scale", "twelve")]
    [InlineData("seed-demo", "--scale", "101")]
    [InlineData("seed-demo", "extra")]
    [InlineData("help", "frobnicate")]
    public async Task Prints_usage_to_stderr_and_exits_2_on_an_unknown_command_or_bad_arguments(params string[] args)
    {
        var run = await AdminRun.RunAsync(args);

        Assert.Equal(AdminCommandLine.UsageError, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command_on_stdout()
    {
        var run = await AdminRun.RunAsync(["help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("migrate", run.Output, StringComparison.Ordinal);
        Assert.Contains("seed-demo", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_a_command_describes_its_options()
    {
        var run = await AdminRun.RunAsync(["help", "seed-demo"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--scale", run.Output, StringComparison.Ordinal);
        Assert.Contains("--reset", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:0")]
    [InlineData("--environment=Development")]
    public void Leaves_no_arguments_and_web_server_switches_to_the_web_server(params string[] args)
    {
        Assert.False(AdminCommandLine.IsCommand(args));
    }

    [Fact]
    public async Task The_executable_rejects_an_unknown_command_with_exit_code_2_without_starting_the_server()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Dbs.Api.dll"), "frobnicate" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", await error, StringComparison.Ordinal);
        Assert.Empty(await output);
    }
}
