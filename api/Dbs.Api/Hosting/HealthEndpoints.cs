using System.Text.Json;
using Dbs.Domain.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dbs.Api.Hosting;

/// <summary><c>/health</c>: the overall status and one entry per check, as JSON, for load balancers and operators.</summary>
internal static class HealthEndpoints
{
    public const string Path = "/health";

    public static IServiceCollection AddDbsHealthChecks(this IServiceCollection services)
    {
        // The query proves more than a connection: the schema is there and the reference data imported.
        services.AddHealthChecks().AddDbContextCheck<DbsDbContext>("database",
            customTestQuery: (db, cancellationToken) => db.Municipalities.AnyAsync(cancellationToken));
        return services;
    }

    public static IEndpointRouteBuilder MapDbsHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteReportAsync });
        return endpoints;
    }

    private static async Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";

        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            if (entry.Description is not null)
            {
                json.WriteString("description", entry.Description);
            }

            // The exception's type tells an operator what failed without exposing connection details.
            if (entry.Exception is not null)
            {
                json.WriteString("error", entry.Exception.GetType().Name);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
