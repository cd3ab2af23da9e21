using System.Diagnostics;
using System.Text.Json;
using Dbs.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dbs.Api.Tests.GraphQL;

/// <summary>
/// npm graphql-http's <c>auditServer</c> (tests/conformance/audit.mjs) against the real host on a real loopback port.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_graphql_http_audit_passes_against_the_host_on_a_real_port()
    {
        using var database = new SqliteFile();
        await using var factory = DbsApiFactory.OnSqlite(database);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();

        var conformance = Path.Combine(RepositoryRoot.Path, "tests", "conformance");
        Assert.True(Directory.Exists(Path.Combine(conformance, "node_modules", "graphql-http")),
            "tests/conformance has no node_modules: run `npm ci` there (the test script does).");
        using var node = Process.Start(new ProcessStartInfo("node", ["audit.mjs", address.TrimEnd('/') + "/graphql"])
        {
            WorkingDirectory = conformance,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True((await stderr).Length == 0, await stderr);
        using var report = JsonDocument.Parse(await stdout);
        var audits = report.RootElement.GetProperty("audits").EnumerateArray().ToList();
        var failed = audits.Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("name").GetString()}: {a.GetProperty("reason")}")
            .ToList();
        output.WriteLine($"graphql-http audits: {audits.Count - failed.Count}/{audits.Count} ok; totals {report.RootElement.GetProperty("totals")}");
        Assert.True(report.RootElement.GetProperty("mustPassed").GetBoolean(), string.Join('\n', failed));
        Assert.Equal(61, audits.Count);
        Assert.Empty(failed);
    }
}
