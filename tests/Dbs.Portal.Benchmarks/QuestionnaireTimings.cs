using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dbs.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dbs.Portal.Benchmarks;

/// <summary>
/// The real host in process (TestServer: the whole ASP.NET Core pipeline and the database, no network) on a seeded
/// SQLite file, signed in through the demo sign-in as a contact of the supplier with the most agreements.
/// </summary>
internal sealed partial class QuestionnaireTimings : IAsyncDisposable
{
    private const int Warmup = 20;

    private readonly ServerPhases _phases;
    private readonly Factory _factory;
    private readonly HttpClient _client;
    private readonly string _supplier;
    private readonly int _agreements;

    private QuestionnaireTimings(ServerPhases phases, Factory factory, HttpClient client, string supplier, int agreements)
    {
        _phases = phases;
        _factory = factory;
        _client = client;
        _supplier = supplier;
        _agreements = agreements;
    }

    public static async Task<QuestionnaireTimings> StartAsync(string database)
    {
        var phases = new ServerPhases();
        var factory = new Factory(database, phases);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbsDbContext>();
        var top = await db.Agreements.GroupBy(a => a.SupplierId).Select(g => new { SupplierId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).FirstAsync();
        var contact = await db.SupplierContacts.Where(c => c.SupplierId == top.SupplierId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, SupplierName = c.Supplier.Name }).FirstAsync();

        var signIn = await client.GetStringAsync("/udvikling/log-ind");
        using var posted = await client.PostAsync("/udvikling/log-ind", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(signIn),
            ["contactId"] = contact.Id.ToString(CultureInfo.InvariantCulture),
            ["returnUrl"] = "/kontrolskema",
        }));
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The demo sign-in answered {posted.StatusCode}.");
        }

        return new QuestionnaireTimings(phases, factory, client, contact.SupplierName, top.Count);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"Supplier with the most agreements: {_supplier} ({_agreements:N0} agreements).");

    public async Task<IReadOnlyList<Timing>> RunAsync(int requests)
    {
        var page = await GetPageAsync();
        if (!page.Contains("id=\"skema\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The questionnaire is not editable for this supplier: seed a fresh database.");
        }

        var get = await TimeAsync("GET /kontrolskema", requests, async () =>
        {
            var html = await GetPageAsync();
            GC.KeepAlive(html);
        });

        // One text answer, saved again and again with the version each save returns, as the page's script does.
        var field = TextField().Match(page);
        var index = field.Groups["index"].Value;
        var key = Hidden(page, $"Answers[{index}].Key");
        var version = Hidden(page, $"Answers[{index}].Version");
        var original = field.Groups["value"].Value;
        var token = Token(page);
        var round = 0;
        var autosave = await TimeAsync("POST /kontrolskema?handler=Autosave", requests, async () =>
        {
            var value = string.Create(CultureInfo.InvariantCulture, $"Målt svar nummer {++round}.");
            using var response = await _client.PostAsync("/kontrolskema?handler=Autosave", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Answers[0].Key"] = key,
                ["Answers[0].Value"] = value,
                ["Answers[0].Explanation"] = "",
                ["Answers[0].Version"] = version,
                ["Answers[0].OriginalValue"] = original,
                ["Answers[0].OriginalExplanation"] = "",
            }));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Autosave answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            version = json.RootElement.GetProperty("saved")[0].GetProperty("version").GetInt64().ToString(CultureInfo.InvariantCulture);
            original = value;
        });
        return [get, autosave];
    }

    private async Task<string> GetPageAsync()
    {
        using var response = await _client.GetAsync("/kontrolskema");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /kontrolskema answered {response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Timing> TimeAsync(string name, int requests, Func<Task> request)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await request();
        }

        var samples = new double[requests];
        var clock = new Stopwatch();
        // Wall time suffers when the machine is busy; the process's CPU time per request says what the server spent.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var collectionsBefore = GC.CollectionCount(0);
        _phases.Take();
        for (var i = 0; i < requests; i++)
        {
            clock.Restart();
            await request();
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / requests;
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024d / requests;
        var collections = GC.CollectionCount(0) - collectionsBefore;
        var server = _phases.Take();
        var serverTimes = server.Select(s => s.ServerMs).Order().ToArray();
        Array.Sort(samples);
        return new Timing(name, requests, Percentile(samples, 0.50), Percentile(samples, 0.99), samples[^1], cpu, allocated, collections,
            new ServerTiming(Percentile(serverTimes, 0.50), Percentile(serverTimes, 0.99), server.Average(s => s.HandlerMs),
                server.Average(s => s.RenderMs), server.Average(s => s.Commands), server.Average(s => s.DatabaseMs)));
    }

    // Nearest rank: the smallest sample with at least p of all samples at or below it.
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Token(string html) => AntiforgeryToken().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups["token"].Value)
        : throw new InvalidOperationException("The page has no antiforgery token.");

    private static string Hidden(string html, string name) =>
        new Regex($"name=\"{Regex.Escape(name)}\" value=\"(?<value>[^\"]*)\"").Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups["value"].Value)
            : throw new InvalidOperationException($"The page has no field {name}.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    // A free-text answer's textarea (not a yes/no question's explanation).
    [GeneratedRegex("<textarea id=\"svar-[^\"]+\" name=\"Answers\\[(?<index>\\d+)\\]\\.Value\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextField();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _phases.Dispose();
    }

    private sealed class Factory(string database, ServerPhases phases) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Dbs", $"Data Source={database}");
            builder.UseSetting("DemoData:SeedOnFirstStart", "false");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)
                // The in-process server has no request size feature: the evidence limits would warn on every post.
                .AddFilter("Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", LogLevel.Error)
                .AddFilter("Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter", LogLevel.Error));
            builder.ConfigureServices(services =>
            {
                services.AddSingleton(phases.Pipeline());
                services.Configure<MvcOptions>(options =>
                {
                    options.Filters.Add(phases.Handler());
                    options.Filters.Add(phases.Rendering());
                });
            });
        }
    }
}

/// <summary>The figures of one request kind, in milliseconds: as the client saw them, and inside the server.</summary>
internal sealed record Timing(string Name, int Requests, double P50, double P99, double Max, double CpuPerRequest,
    double AllocatedKbPerRequest, int Collections, ServerTiming Server)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-38} {Requests} requests  p50 {P50,7:0.00} ms  p99 {P99,7:0.00} ms  max {Max,7:0.00} ms  cpu {CpuPerRequest,6:0.00} ms/request  " +
        $"{AllocatedKbPerRequest:0} kB allocated/request  {Collections} gen0 collections") + Environment.NewLine + Server;
}

/// <summary>Server time percentiles, and per request on average: page handler, rendering, database commands and their time.</summary>
internal sealed record ServerTiming(double P50, double P99, double HandlerMs, double RenderMs, double Commands, double DatabaseMs)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{"  server",-38} p50 {P50,7:0.00} ms  p99 {P99,7:0.00} ms  handler {HandlerMs,6:0.00} ms  render {RenderMs,6:0.00} ms  " +
        $"{Commands:0.#} db commands {DatabaseMs,6:0.00} ms");
}
