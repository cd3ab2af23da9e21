using System.Globalization;

namespace Dbs.Portal.Benchmarks;

/// <summary>
/// Server time of the questionnaire page (GET) and of an autosave (POST) for the supplier with the most agreements.
/// Usage: <c>dotnet run -c Release --project tests/Dbs.Portal.Benchmarks -- &lt;sqlite file from seed-demo&gt; [requests]</c>.
/// The file is copied first, so the seeded database stays as it was. (Not named Program: the host's Program is the
/// entry point the in-process server starts.)
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length is < 1 or > 2 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync("Usage: Dbs.Portal.Benchmarks <sqlite database seeded with seed-demo> [requests, default 200]");
            return 2;
        }

        var requests = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var copy = Path.Combine(Path.GetTempPath(), $"dbs-portal-benchmark-{Guid.NewGuid():N}.db");
        File.Copy(args[0], copy);
        // WebApplicationFactory finds the host's content root through the manifest beside this program, read from the
        // current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        try
        {
            await using var timings = await QuestionnaireTimings.StartAsync(copy);
            Console.WriteLine(timings.Describe());
            foreach (var result in await timings.RunAsync(requests))
            {
                Console.WriteLine(result);
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }
}
