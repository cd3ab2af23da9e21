using System.Reflection;
using Dbs.Domain.Acknowledgements;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Agreements;
using Dbs.Domain.Auditing;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dbs.Domain.Persistence;

/// <summary>
/// The supervision domain's unit of work. Abstract because the model differs per provider (PostgreSQL adds
/// <c>xmin</c> row versions): use <see cref="SqliteDbsDbContext"/> or <see cref="PostgresDbsDbContext"/>, each with its
/// own migrations; callers depend on this type.
/// <para>
/// On every save the <see cref="VersionedEntity.Version"/> of each updated entity is incremented (the concurrency
/// token), and audit events are refused any update or delete. <see cref="SaveChangesAsync(Actor, string, DateTimeOffset?, CancellationToken)"/>
/// also writes an <see cref="AuditEvent"/> per changed entity in the same transaction: services always save that way.
/// </para>
/// </summary>
public abstract class DbsDbContext : DbContext
{
    protected DbsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Supplier> Suppliers => Set<Supplier>();

    public DbSet<SupplierContact> SupplierContacts => Set<SupplierContact>();

    public DbSet<ItSystem> ItSystems => Set<ItSystem>();

    public DbSet<ItSystemUsage> ItSystemUsages => Set<ItSystemUsage>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementSystem> AgreementSystems => Set<AgreementSystem>();

    public DbSet<SubProcessor> SubProcessors => Set<SubProcessor>();

    public DbSet<SubProcessorEngagement> SubProcessorEngagements => Set<SubProcessorEngagement>();

    public DbSet<EngagementSystem> EngagementSystems => Set<EngagementSystem>();

    public DbSet<ObjectionWindow> ObjectionWindows => Set<ObjectionWindow>();

    public DbSet<QuestionnaireTemplate> QuestionnaireTemplates => Set<QuestionnaireTemplate>();

    public DbSet<QuestionnaireSection> QuestionnaireSections => Set<QuestionnaireSection>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuestionOption> QuestionOptions => Set<QuestionOption>();

    public DbSet<Questionnaire> Questionnaires => Set<Questionnaire>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Clarification> Clarifications => Set<Clarification>();

    public DbSet<Supervision> Supervisions => Set<Supervision>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<FindingHistoryEntry> FindingHistory => Set<FindingHistoryEntry>();

    public DbSet<ReportAcknowledgement> ReportAcknowledgements => Set<ReportAcknowledgement>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var autoDetect = PrepareForSave();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var autoDetect = PrepareForSave();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// Saves the pending changes and, in the same transaction, one <see cref="AuditEvent"/> per created, updated or
    /// deleted entity, attributed to <paramref name="actor"/> and the domain operation <paramref name="action"/>.
    /// <paramref name="at"/> is when it happened (default: now).
    /// </summary>
    public async Task<int> SaveChangesAsync(Actor actor, string action, DateTimeOffset? at = null,
        CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var pending = AuditTrail.Capture(ChangeTracker);
        var when = at ?? DateTimeOffset.UtcNow;

        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        // In a transaction of its own a failed save rolls everything back, so the savepoint EF would set around each
        // of the two saves is only two more round trips; a caller's transaction keeps them.
        var savepoints = Database.AutoSavepointsEnabled;
        Database.AutoSavepointsEnabled = savepoints && transaction is null;
        try
        {
            var count = await SaveChangesAsync(cancellationToken);
            if (pending.Count > 0)
            {
                AuditEvents.AddRange(pending.Select(p => p.ToEvent(actor, action, when)));
                await base.SaveChangesAsync(true, cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            Database.AutoSavepointsEnabled = savepoints;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, readable in SQL and stable when members are added; [Flags] enums stay integers so
        // that "has this flag" filters translate to a bitwise test.
        var enums = typeof(DbsDbContext).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.GetCustomAttribute<FlagsAttribute>() is null);
        foreach (var type in enums)
        {
            configurationBuilder.Properties(type).HaveConversion<string>().HaveMaxLength(40);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DbsDbContext).Assembly);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(VersionedEntity).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).Property(nameof(VersionedEntity.Version)).IsConcurrencyToken();
        }
    }

    /// <summary>
    /// Guards the audit trail and increments versions. Changes are detected here once (unless the caller turned
    /// automatic detection off, e.g. for a bulk import), so the base save is spared a second pass; returns the
    /// caller's setting to restore.
    /// </summary>
    private bool PrepareForSave()
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            ChangeTracker.DetectChanges();
        }

        ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit events are append-only: they cannot be changed or deleted.");
            }

            if (entry.Entity is VersionedEntity && entry.State == EntityState.Modified && HasRealChanges(entry))
            {
                // Set through the entry, so the change is tracked without another detection pass; the original value
                // stays in the UPDATE's WHERE clause.
                var version = entry.Property(nameof(VersionedEntity.Version));
                if (version.CurrentValue is long current && version.OriginalValue is long original && current == original)
                {
                    version.CurrentValue = original + 1;
                }
            }
        }

        return autoDetect;
    }

    private static bool HasRealChanges(EntityEntry entry) =>
        entry.Properties.Any(p => p.IsModified && !p.Metadata.IsConcurrencyToken);
}
