using System.Diagnostics;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>Runs one of the node scripts of <c>tests/conformance</c> (graphql-js 16.15, installed with npm) as a child process.</summary>
internal static class NodeScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string Describe() => $"exit code {ExitCode}\n{Output}\n{Error}".TrimEnd();
    }

    /// <summary>Runs <c>node script args…</c> in <c>tests/conformance</c>; fails the test when graphql-js is not installed.</summary>
    public static async Task<Result> RunAsync(string script, params string[] arguments)
    {
        Assert.True(
            Directory.Exists(Path.Combine(RepositoryPaths.NodeModules, "graphql")),
            $"graphql-js is not installed: run `npm ci` in tests/conformance ({RepositoryPaths.Conformance}).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Conformance,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
