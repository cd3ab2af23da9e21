using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Dbs.GraphQL.Benchmarks;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Validation;

// The engine benchmark (see tests/Dbs.GraphQL.Benchmarks/README.md):
//   dotnet run -c Release --project tests/Dbs.GraphQL.Benchmarks [-- --quick] [-- --no-peers] [-- --workload DIR]
var quick = args.Contains("--quick");
var repository = FindRepository();
var workloadIndex = Array.IndexOf(args, "--workload");
var workloadDirectory = workloadIndex >= 0
    ? Path.GetFullPath(args[workloadIndex + 1])
    : Path.GetFullPath(Path.Combine(repository, "..", "shared", "bench", "engine"));
var conformance = Path.Combine(repository, "tests", "conformance");

var workload = Workload.Load(workloadDirectory);
var executor = new RequestExecutor(workload.Schema, new RequestExecutorOptions { ExecutionTimeout = null });
var request1000 = new OperationRequest { Query = workload.Query };
var request100 = new OperationRequest { Query = workload.LimitedQuery };

// The response must be the expected one before any figure counts, written either way.
var output = new ArrayBufferWriter<byte>(2 << 20);
var errors = Execute(request1000, write: true);
var hash = Workload.Sha256(output.WrittenSpan);
Console.Error.WriteLine($"response: {output.WrittenCount:N0} bytes, sha256 {hash} {(hash == workload.ExpectedSha256 ? "matches" : "DOES NOT MATCH")} the expected hash");
using (var result = executor.ExecuteAsync(request1000).GetAwaiter().GetResult())
using (var stream = new MemoryStream())
{
    using (var writer = new Utf8JsonWriter(stream, ExecutionResult.JsonWriterOptions))
    {
        result.WriteTo(writer);
    }

    if (errors > 0 || hash != workload.ExpectedSha256 || Workload.Sha256(stream.ToArray()) != hash)
    {
        Console.Error.WriteLine("The response differs from the expected one: no figures.");
        return 1;
    }
}

var executableText = File.ReadAllText(Path.Combine(conformance, "bench", "parse-executable.graphql"));
var githubPath = Path.Combine(conformance, "node_modules", "@octokit", "graphql-schema", "schema.graphql");
var githubSdl = File.Exists(githubPath) ? File.ReadAllText(githubPath) : null;
var queryDocument = Parser.Parse(workload.Query);

// Parsing and validation first, as the peers do.
var parseExecutable = Measurement.Run("parse executable document", () => Parser.Parse(executableText), quick);
var parseGithub = githubSdl is null ? null : Measurement.Run("parse GitHub SDL", () => Parser.Parse(githubSdl), quick);
var validate = Measurement.Run("validate the query", () => DocumentValidator.Validate(workload.Schema, queryDocument), quick);
var execute1000 = Measurement.Run("execute, 1000 agreements", () => Execute(request1000, write: false), quick);
var write1000 = Measurement.Run("execute and write JSON, 1000 agreements", () => Execute(request1000, write: true), quick);
var execute100 = Measurement.Run("execute, 100 agreements", () => Execute(request100, write: false), quick);
var write100 = Measurement.Run("execute and write JSON, 100 agreements", () => Execute(request100, write: true), quick);

var peers = args.Contains("--no-peers") ? null : PeerFigures.Measure(conformance, workloadDirectory, quick);

var executableBytes = System.Text.Encoding.UTF8.GetByteCount(executableText);
var githubBytes = githubSdl is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(githubSdl);
Console.WriteLine();
Console.WriteLine($"{"case",-42} {"C# median (best)",20} {"alloc/op",12} {"graphql-js",12} {"js/C#",7} {"graphql-jit",12} {"jit/C#",7}");
Time(execute1000, "execute1000Ms");
Time(write1000, "execute1000Ms");
Time(execute100, "execute100Ms");
Time(write100, "execute100Ms");
Throughput(parseExecutable, executableBytes, "parseExecutableMBps");
if (parseGithub is not null)
{
    Throughput(parseGithub, githubBytes, "parseGithubSdlMBps");
}

Time(validate, "validateMs");
Console.WriteLine();
Console.WriteLine("js/C# and jit/C#: how many times faster the C# engine is (peer time ÷ C# time; for parsing, C# MB/s ÷ peer MB/s).");
Console.WriteLine(peers is null ? "Peers were not measured." : "Peers measured in this run by tests/conformance/bench-peers.mjs.");
Console.WriteLine($"Document cache: {executor.DocumentCache.Hits:N0} hits, {executor.DocumentCache.Misses:N0} misses.");
return 0;

int Execute(OperationRequest request, bool write)
{
    using var result = executor.ExecuteAsync(request).GetAwaiter().GetResult();
    if (write)
    {
        output.ResetWrittenCount();
        result.WriteTo(output);
    }

    return result.Errors.Count;
}

void Time(Measurement measurement, string peerName)
{
    var js = peers?.Js(peerName);
    var jit = peers is not null && peers.GraphQLJit.TryGetProperty(peerName, out var value) ? value.GetDouble() : (double?)null;
    Console.WriteLine($"{measurement.Name,-42} {Ms(measurement.MedianMs) + " (" + Ms(measurement.BestMs) + ")",20} {Bytes(measurement.AllocatedBytes),12} {Ms(js),12} {Ratio(js / measurement.MedianMs),7} {Ms(jit),12} {Ratio(jit / measurement.MedianMs),7}");
}

void Throughput(Measurement measurement, int bytes, string peerName)
{
    var mbps = bytes / 1e6 / (measurement.MedianMs / 1000);
    var best = bytes / 1e6 / (measurement.BestMs / 1000);
    var js = peers?.Js(peerName);
    Console.WriteLine($"{measurement.Name,-42} {$"{mbps:F1} MB/s ({best:F1})",20} {Bytes(measurement.AllocatedBytes),12} {(js is null ? "–" : $"{js:F1} MB/s"),12} {Ratio(mbps / js),7} {"–",12} {"–",7}");
}

static string Ms(double? ms) => ms is null ? "–" : ms.Value.ToString(ms < 1 ? "F3" : "F2", CultureInfo.InvariantCulture) + " ms";

static string Ratio(double? ratio) => ratio is null ? "–" : ratio.Value.ToString("F2", CultureInfo.InvariantCulture) + "×";

static string Bytes(double bytes) => bytes >= 1024 * 1024
    ? (bytes / (1024 * 1024)).ToString("F2", CultureInfo.InvariantCulture) + " MiB"
    : (bytes / 1024).ToString("F1", CultureInfo.InvariantCulture) + " KiB";

// The repository root: the nearest folder above the program (or the working directory) holding Dbs.sln.
static string FindRepository()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dbs.sln")))
            {
                return directory.FullName;
            }
        }
    }

    throw new InvalidOperationException("Run the benchmark inside the repository (no Dbs.sln found above).");
}
