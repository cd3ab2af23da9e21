using System.Text;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Common;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.AuditEvents;

/// <summary>
/// <c>auditEvents(where:, order:)</c> for DBS, with keys beyond 32 bits: the trail's ids continue past
/// <see cref="int.MaxValue"/> here, as a long-lived trail's will.
/// </summary>
public abstract class AuditEventFilteringTests(DemoHost demo) : IAsyncLifetime
{
    private const long FirstId = 5_000_000_000;

    private ListRequest List => new(demo.Host, "auditEvents", "AuditEvent", "id");

    public async Task InitializeAsync()
    {
        await using (var db = demo.Host.CreateContext())
        {
            if (await db.AuditEvents.AnyAsync(e => e.Id >= FirstId))
            {
                return;
            }

            if (db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal))
            {
                await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"AuditEvents\" ALTER COLUMN \"Id\" RESTART WITH {FirstId}");
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_sequence WHERE name = 'AuditEvents'");
                await db.Database.ExecuteSqlRawAsync($"INSERT INTO sqlite_sequence (name, seq) VALUES ('AuditEvents', {FirstId - 1})");
            }
        }

        List<int> planned;
        await using (var db = demo.Host.CreateContext())
        {
            planned = await db.Supervisions.Where(s => s.Status == SupervisionStatus.Planned).OrderBy(s => s.Id).Select(s => s.Id).Take(3).ToListAsync();
        }

        var dbs = await demo.Host.TokenAsync("dbs", Role.Editor);
        foreach (var id in planned)
        {
            (await demo.Host.MutateAsync("startSupervision", "supervision { status }",
                new { supervisionId = GlobalId.Encode("Supervision", id) }, dbs)).Succeeded("supervision");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pages_through_events_with_64_bit_ids_in_both_orders()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.AuditEvents.Select(e => new { e.Id, e.At }).ToListAsync();
        var dbs = await demo.Host.TokenAsync("dbs");

        var user = await db.AuditEvents.Where(e => e.Id >= FirstId).Select(e => e.UserId).FirstAsync();
        var expected = await db.AuditEvents.Where(e => e.UserId == user).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();

        var byId = await List.IdsAsync(dbs, new { userId = new { eq = user } }, Array.Empty<object>(), pageSize: 1, pages: 10);
        var byTime = await List.IdsAsync(dbs, null, new object[] { new { at = "DESC" } }, pageSize: 2, pages: 3);

        Assert.Equal(expected.Select(Id), byId);
        Assert.True(expected.Count >= 3 && expected.All(id => id >= FirstId));
        Assert.Equal(all.OrderByDescending(e => e.At).ThenBy(e => e.Id).Take(6).Select(e => Id(e.Id)), byTime);
    }

    [Fact]
    public async Task Filters_by_action_change_and_time()
    {
        await using var db = demo.Host.CreateContext();
        var all = await db.AuditEvents.Select(e => new { e.Action, e.Change, e.At }).ToListAsync();
        var at = all.Select(e => e.At).Order().ElementAt(all.Count / 2);
        var dbs = await demo.Host.TokenAsync("dbs");

        var started = await List.CountAsync(dbs, new { action = new { contains = "startsuper" } });
        var updated = await List.CountAsync(dbs, new { change = new { eq = "UPDATED" }, at = new { gte = at } });

        Assert.Equal(all.Count(e => e.Action.Contains("StartSuper", StringComparison.Ordinal)), started);
        Assert.Equal(all.Count(e => e.Change == Dbs.Domain.Auditing.AuditChange.Updated && e.At >= at), updated);
        Assert.True(started >= 3);
    }

    [Fact]
    public async Task Nobody_but_dbs_finds_an_event_whatever_the_filter()
    {
        string cvr;
        await using (var db = demo.Host.CreateContext())
        {
            cvr = await db.Suppliers.Select(s => s.Cvr).FirstAsync();
        }

        foreach (var token in new[] { await demo.Host.TokenAsync("751"), await demo.Host.TokenAsync(cvr) })
        {
            Assert.Equal(0, await List.CountAsync(token, new { or = new object[] { new { userId = new { neq = "" } }, new { entityType = new { startsWith = "S" } } } }));
        }
    }

    private static string Id(long id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"AuditEvent:{id}"));
}

public sealed class AuditEventFilteringTestsOnSqlite(SqliteDemoHost demo)
    : AuditEventFilteringTests(demo), IClassFixture<SqliteDemoHost>;

public sealed class AuditEventFilteringTestsOnPostgres(PostgresDemoHost demo)
    : AuditEventFilteringTests(demo), IClassFixture<PostgresDemoHost>;
