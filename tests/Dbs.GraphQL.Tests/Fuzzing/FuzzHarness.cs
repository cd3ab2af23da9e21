using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>
/// Feeds documents to a target on a worker thread (with the default stack size of a server thread) while the calling
/// thread watches the clock: a document still running after the hang limit (by default twice the per-document
/// budget) is reported as a hang without waiting for it, one that finished over the budget as too slow, and any
/// exception the target lets through as a crash. Offending documents are written beside the test binaries
/// (<c>fuzzing/</c>) to reproduce them.
/// </summary>
internal sealed class FuzzHarness(string name, TimeSpan? perDocumentBudget = null, TimeSpan? hangLimit = null)
{
    private static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(5);

    private readonly TimeSpan _budget = perDocumentBudget ?? DefaultBudget;
    private readonly TimeSpan _hangLimit = hangLimit ?? 2 * (perDocumentBudget ?? DefaultBudget);

    private const int FailuresKept = 10;
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(20);

    private readonly List<string> _failures = [];
    private readonly List<(long Ticks, string Origin)> _slowest = [];

    public int Documents { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    public FuzzHarness Run(IEnumerable<FuzzInput> inputs, Action<FuzzInput> target)
    {
        var budgetTicks = (long)(_budget.TotalSeconds * Stopwatch.Frequency);
        var hangTicks = (long)(_hangLimit.TotalSeconds * Stopwatch.Frequency);
        var current = (FuzzInput?)null;
        var startedAt = 0L;
        var count = 0;
        using var finished = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            using var enumerator = inputs.GetEnumerator();
            try
            {
                while (enumerator.MoveNext())
                {
                    var input = enumerator.Current;
                    Volatile.Write(ref startedAt, Stopwatch.GetTimestamp());
                    Volatile.Write(ref current, input);
                    try
                    {
                        target(input);
                    }
                    catch (Exception exception)
                    {
                        Fail(input, count, $"threw {exception.GetType().FullName}: {exception.Message}\n{exception.StackTrace}");
                    }

                    var ticks = Stopwatch.GetTimestamp() - Volatile.Read(ref startedAt);
                    NoteDuration(ticks, input);
                    if (ticks > budgetTicks)
                    {
                        Fail(input, count, $"took {ticks * 1000 / Stopwatch.Frequency} ms (budget {_budget.TotalMilliseconds} ms)");
                    }

                    Volatile.Write(ref current, null);
                    count++;
                }
            }
            catch (Exception exception)
            {
                // The documents' generator failed: a bug of the test, reported rather than crashing the test host.
                lock (_failures)
                {
                    _failures.Add($"the generator of document #{count} threw {exception}");
                }
            }
            finally
            {
                finished.Set();
            }
        })
        {
            IsBackground = true,
            Name = "fuzz " + name,
        };

        var saved = Path.Combine(AppContext.BaseDirectory, "fuzzing");
        foreach (var stale in Directory.Exists(saved) ? Directory.GetFiles(saved, name + "-*.graphql") : [])
        {
            File.Delete(stale);
        }

        var stopwatch = Stopwatch.StartNew();
        worker.Start();
        while (!finished.Wait(WatchInterval))
        {
            var running = Volatile.Read(ref current);
            if (running is not null && Stopwatch.GetTimestamp() - Volatile.Read(ref startedAt) > hangTicks)
            {
                // The worker is stuck (a background thread, so it cannot keep the test process alive).
                Fail(running, Volatile.Read(ref count), $"hangs: still running after {_hangLimit.TotalMilliseconds} ms");
                break;
            }
        }

        Documents = Volatile.Read(ref count);
        Elapsed = stopwatch.Elapsed;
        return this;
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {Documents} documents in {Elapsed.TotalMilliseconds:0} ms, {Failures.Count} failures; slowest: ")
        + string.Join(", ", _slowest.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Ticks * 1000 / Stopwatch.Frequency} ms ({s.Origin})")));

    private void NoteDuration(long ticks, FuzzInput input)
    {
        const int Kept = 3;
        if (_slowest.Count < Kept || ticks > _slowest[^1].Ticks)
        {
            _slowest.Add((ticks, input.Origin + (input.Utf8 is null ? "" : " as UTF-8")));
            _slowest.Sort((a, b) => b.Ticks.CompareTo(a.Ticks));
            if (_slowest.Count > Kept)
            {
                _slowest.RemoveAt(Kept);
            }
        }
    }

    public string DescribeFailures() => string.Join("\n\n", _failures);

    private void Fail(FuzzInput input, int index, string what)
    {
        lock (_failures)
        {
            if (_failures.Count >= FailuresKept)
            {
                return;
            }

            var file = Path.Combine(AppContext.BaseDirectory, "fuzzing", string.Create(CultureInfo.InvariantCulture, $"{name}-{index}.graphql"));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, input.Utf8 ?? Encoding.UTF8.GetBytes(input.Text!));
            _failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"document #{index} ({input.Origin}, {input.Length} chars) {what}\n  saved as {file}\n  {Excerpt(input)}"));
        }
    }

    private static string Excerpt(FuzzInput input)
    {
        const int Shown = 300;
        if (input.Utf8 is { } bytes)
        {
            return "bytes: " + Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, Shown)));
        }

        var text = new StringBuilder("text: \"");
        foreach (var c in input.Text!.Take(Shown))
        {
            text.Append(c is >= ' ' and <= '~' and not '\\' and not '"' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return text.Append(input.Text!.Length > Shown ? "\"…" : "\"").ToString();
    }
}
