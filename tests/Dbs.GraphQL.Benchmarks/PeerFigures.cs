using System.Diagnostics;
using System.Text.Json;

namespace Dbs.GraphQL.Benchmarks;

/// <summary>
/// graphql-js's and graphql-jit's figures on the same workload, measured in the same run by the conformance
/// harness's <c>bench-peers.mjs</c> (which checks graphql-js's response hash first).
/// </summary>
internal sealed record PeerFigures(JsonElement GraphQLJs, JsonElement GraphQLJit, JsonElement Inputs)
{
    public double Js(string name) => GraphQLJs.GetProperty(name).GetDouble();

    public double Jit(string name) => GraphQLJit.GetProperty(name).GetDouble();

    /// <summary>The figures, or null with the reason printed when node or the harness's packages are missing.</summary>
    public static PeerFigures? Measure(string conformanceDirectory, string workloadDirectory, bool quick)
    {
        if (!Directory.Exists(Path.Combine(conformanceDirectory, "node_modules", "graphql-jit")))
        {
            Console.Error.WriteLine($"peers: skipped, run `npm ci` in {conformanceDirectory} first");
            return null;
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = conformanceDirectory,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("bench-peers.mjs");
        start.ArgumentList.Add("--workload");
        start.ArgumentList.Add(workloadDirectory);
        if (quick)
        {
            start.ArgumentList.Add("--quick");
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Cannot start node.");
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            Console.Error.WriteLine($"peers: bench-peers.mjs exited with {node.ExitCode}");
            return null;
        }

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        return new PeerFigures(root.GetProperty("graphqlJs").Clone(), root.GetProperty("graphqlJit").Clone(),
            root.GetProperty("inputs").Clone());
    }
}
