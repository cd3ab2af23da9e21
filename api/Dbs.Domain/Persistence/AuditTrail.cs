using System.Text.Json;
using System.Text.Json.Serialization;
using Dbs.Domain.Auditing;
using Dbs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dbs.Domain.Persistence;

/// <summary>Captures the tracked changes before a save, to turn them into audit events once keys are known.</summary>
internal static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static IReadOnlyList<PendingAudit> Capture(ChangeTracker tracker)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEvent)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new PendingAudit(entry, AuditChange.Created, null));
                    break;
                case EntityState.Deleted:
                    pending.Add(new PendingAudit(entry, AuditChange.Deleted, Serialize(entry.Properties
                        .Where(p => !p.Metadata.IsConcurrencyToken)
                        .ToDictionary(p => p.Metadata.Name, p => p.OriginalValue))));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties
                        .Where(p => p.IsModified && !p.Metadata.IsConcurrencyToken && !Equals(p.OriginalValue, p.CurrentValue))
                        .ToList();
                    if (changed.Count > 0)
                    {
                        pending.Add(new PendingAudit(entry, AuditChange.Updated,
                            Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
                            Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
                            KeyOf(entry)));
                    }

                    break;
                default:
                    break;
            }
        }

        return pending;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(
            entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);

    /// <summary>A change seen before the save; created entities get their key and values after it.</summary>
    internal sealed class PendingAudit(EntityEntry entry, AuditChange change, string? before, string? after = null, string? key = null)
    {
        private readonly string? _key = key ?? (change == AuditChange.Deleted ? KeyOf(entry) : null);

        public AuditEvent ToEvent(Actor actor, string action, DateTimeOffset at)
        {
            var afterJson = change == AuditChange.Created
                ? Serialize(entry.Properties
                    .Where(p => !p.Metadata.IsConcurrencyToken)
                    .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue))
                : after;
            return new AuditEvent(actor, at, entry.Metadata.ClrType.Name, _key ?? KeyOf(entry), action, change, before, afterJson);
        }
    }
}
