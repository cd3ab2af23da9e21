using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dbs.Portal.Benchmarks;

/// <summary>
/// What the server spent on each request, measured inside the host: the whole pipeline (the time the goal is about),
/// the page handler (loading and saving), the page's rendering, and the database commands with their time.
/// </summary>
internal sealed class ServerPhases : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly AsyncLocal<Sample?> _current = new();
    private readonly List<Sample> _samples = [];
    private readonly Lock _lock = new();

    public ServerPhases() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>The samples recorded since the last call, and forgets them.</summary>
    public IReadOnlyList<Sample> Take()
    {
        lock (_lock)
        {
            var taken = _samples.ToList();
            _samples.Clear();
            return taken;
        }
    }

    /// <summary>The first middleware: times the rest of the pipeline.</summary>
    public IStartupFilter Pipeline() => new PipelineTimer(this);

    public IAsyncPageFilter Handler() => new HandlerTimer(this);

    public IAsyncResultFilter Rendering() => new RenderTimer(this);

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_lock)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed && _current.Value is { } sample)
        {
            sample.Commands++;
            sample.DatabaseMs += executed.Duration.TotalMilliseconds;
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    /// <summary>One request's figures in milliseconds.</summary>
    internal sealed class Sample
    {
        public double ServerMs { get; set; }

        public double HandlerMs { get; set; }

        public double RenderMs { get; set; }

        public int Commands { get; set; }

        public double DatabaseMs { get; set; }
    }

    private sealed class PipelineTimer(ServerPhases phases) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                var sample = new Sample();
                phases._current.Value = sample;
                var start = Stopwatch.GetTimestamp();
                await rest(context);
                sample.ServerMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (phases._lock)
                {
                    phases._samples.Add(sample);
                }
            });
            next(app);
        };
    }

    private sealed class HandlerTimer(ServerPhases phases) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var start = Stopwatch.GetTimestamp();
            await next();
            if (phases._current.Value is { } sample)
            {
                sample.HandlerMs += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }
    }

    private sealed class RenderTimer(ServerPhases phases) : IAsyncResultFilter
    {
        public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
        {
            var start = Stopwatch.GetTimestamp();
            await next();
            if (phases._current.Value is { } sample)
            {
                sample.RenderMs += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }
    }
}
