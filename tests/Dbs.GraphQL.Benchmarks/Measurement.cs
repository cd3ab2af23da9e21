using System.Diagnostics;

namespace Dbs.GraphQL.Benchmarks;

/// <summary>
/// Times an action as the node peers do: warm-up, then samples of a fixed number of iterations (about
/// <c>sampleMs</c> each); the median and the fastest sample in ms per operation, and the bytes allocated per
/// operation on the measuring thread.
/// </summary>
internal sealed record Measurement(string Name, double MedianMs, double BestMs, double AllocatedBytes)
{
    public static Measurement Run(string name, Action action, bool quick)
    {
        var warmup = TimeSpan.FromMilliseconds(quick ? 200 : 1500);
        var sampleMs = quick ? 50.0 : 200.0;
        var samples = quick ? 3 : 15;

        var clock = Stopwatch.StartNew();
        var warm = 0;
        while (clock.Elapsed < warmup || warm < 3)
        {
            action();
            warm++;
        }

        var perOperation = clock.Elapsed.TotalMilliseconds / warm;
        var iterations = Math.Max(1, (int)Math.Round(sampleMs / perOperation));
        var results = new double[samples];
        long allocated = 0;
        for (var s = 0; s < samples; s++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            for (var i = 0; i < iterations; i++)
            {
                action();
            }

            results[s] = clock.Elapsed.TotalMilliseconds / iterations;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(results);
        var measurement = new Measurement(name, results[samples / 2], results[0], (double)allocated / (samples * iterations));
        Console.Error.WriteLine($"{name}: {measurement.MedianMs:F4} ms/op (median of {samples} samples of {iterations}; best {measurement.BestMs:F4}), {measurement.AllocatedBytes:N0} B/op");
        return measurement;
    }
}
