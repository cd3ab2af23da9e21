using System.Diagnostics;
using System.Text.Json;

namespace Dbs.Api.Benchmarks;

/// <summary>Latency and throughput of one endpoint under load, measured by autocannon (tests/conformance/bench-http.mjs).</summary>
internal sealed record LoadResult(long Requests, long Failures, double RequestsPerSecond, double P50, double P99, double Mean);

internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(string repository, Uri url, string body, string? token, int seconds,
        int connections)
    {
        var conformance = Path.Combine(repository, "tests", "conformance");
        var bodyFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(bodyFile, body);
        try
        {
            var info = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = conformance,
            };
            foreach (var argument in new[] { "bench-http.mjs", url.ToString(), bodyFile, "--duration", $"{seconds}", "--connections", $"{connections}" })
            {
                info.ArgumentList.Add(argument);
            }

            if (token is not null)
            {
                info.ArgumentList.Add("--token");
                info.ArgumentList.Add(token);
            }

            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"autocannon failed: {error}");
            }

            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            return new LoadResult(root.GetProperty("requests").GetInt64(), root.GetProperty("failures").GetInt64(),
                root.GetProperty("rps").GetDouble(), root.GetProperty("p50").GetDouble(), root.GetProperty("p99").GetDouble(),
                root.GetProperty("mean").GetDouble());
        }
        finally
        {
            File.Delete(bodyFile);
        }
    }
}
