using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dbs.Domain.Auditing;
using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Suppliers;
using Microsoft.EntityFrameworkCore;
using static Dbs.Domain.Seeding.Expectations;

namespace Dbs.Domain.Seeding;

/// <summary>
/// Fills a migrated database with realistic, deterministic demo data: suppliers with valid CVRs and contacts, their IT
/// systems and which municipalities use them, agreements with every member municipality that uses a system,
/// sub-processors (some outside the EEA) with objection windows, this year's questionnaires, supervisions, findings
/// and acknowledgements in every state, and audit events for the users' steps. The same seed, scale and day give the
/// same rows. Entities are built through the domain's own methods, so the data obeys the domain's rules; they are
/// written by <see cref="BulkInserter"/> in one transaction, which keeps 100,000 agreements well under a minute on SQLite.
/// </summary>
public sealed partial class DemoDataGenerator
{
    private readonly DbsDbContext _db;
    private readonly DemoDataOptions _options;
    private readonly DemoRandom _random;
    private readonly DateOnly _today;
    private readonly int _year;

    /// <summary>When this year's questionnaires opened; the year's events happen between it and today.</summary>
    private readonly DateOnly _opened;

    private readonly HashSet<string> _cvrs = new(MunicipalityReference.KnownCvrs.Values, StringComparer.Ordinal);
    private readonly List<PendingAudit> _audit = [];
    private readonly List<Supplier> _suppliers = [];
    private readonly Dictionary<Supplier, SupplierProfile> _profiles = [];
    private readonly List<ItSystem> _systems = [];
    private readonly Dictionary<ItSystem, DemoVocabulary.TaskArea> _areas = [];
    private readonly List<SubProcessor> _subProcessors = [];
    private List<Municipality> _members = [];
    private List<Municipality> _nonMembers = [];
    private QuestionnaireTemplate _template = null!;

    private DemoDataGenerator(DbsDbContext db, DemoDataOptions options)
    {
        if (options.Scale is < 1 or > DemoDataOptions.MaxScale)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Scale, $"The scale must be 1 to {DemoDataOptions.MaxScale}.");
        }

        _db = db;
        _options = options;
        _random = new DemoRandom(options.Seed);
        _today = options.Today;
        _year = options.Today.Year;
        var firstOfFebruary = new DateOnly(_year, 2, 1);
        _opened = firstOfFebruary < _today.AddDays(-60) ? firstOfFebruary : _today.AddDays(-290);
    }

    private static readonly (DemoVocabulary.TaskArea, double)[] AreaWeights =
        [.. DemoVocabulary.Areas.Select(a => (a, (double)a.Weight))];

    /// <summary>The secretariat's staff, who plan, write, review and release supervisions.</summary>
    private static readonly Actor[] Staff =
    [
        Actor.DbsStaff("dbs:kaoe", "Karen Østergaard"),
        Actor.DbsStaff("dbs:mkj", "Mads Kjeldsen"),
        Actor.DbsStaff("dbs:shn", "Sara Holm Nielsen"),
        Actor.DbsStaff("dbs:jbr", "Jonas Brink"),
        Actor.DbsStaff("dbs:lda", "Lise Damgaard"),
        Actor.DbsStaff("dbs:pvi", "Peter Vinther"),
    ];

    /// <summary>
    /// Generates the demo data into <paramref name="db"/>, which must be migrated, hold the municipalities and hold no
    /// suppliers yet. The questionnaire template of the year is added when missing.
    /// </summary>
    public static Task<DemoDataReport> GenerateAsync(DbsDbContext db, DemoDataOptions options, CancellationToken cancellationToken = default) =>
        new DemoDataGenerator(db, options).RunAsync(cancellationToken);

    /// <summary>Whether the database already holds organisations' data (then it is not seeded again).</summary>
    public static Task<bool> HasDataAsync(DbsDbContext db, CancellationToken cancellationToken = default) =>
        db.Suppliers.AnyAsync(cancellationToken);

    private async Task<DemoDataReport> RunAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        if (await HasDataAsync(_db, cancellationToken))
        {
            throw new InvalidOperationException("The database already holds suppliers; demo data goes into an empty database only.");
        }

        await using (var transaction = await _db.Database.BeginTransactionAsync(cancellationToken))
        {
            await LoadReferenceDataAsync(cancellationToken);
            CreateSuppliers();
            CreateSubProcessors();
            CreateItSystems();
            CreateAgreements();
            CreateEngagements();
            CreateQuestionnaires();
            CreateSupervisions();

            var inserter = new BulkInserter(_db);
            await inserter.InsertAsync(
                [
                    .. _suppliers, .. _subProcessors, .. _systems, .. _agreements, .. _engagements.Values.SelectMany(e => e),
                    .. _questionnaires.Values, .. _supervisions, .. _findings, .. _acknowledgements,
                ],
                cancellationToken);
            await inserter.InsertAsync(_audit.Select(a => a.ToEvent()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await DatabaseStatistics.AnalyzeAsync(_db, cancellationToken);
        var counts = await DatabaseTables.CountRowsAsync(_db, cancellationToken);
        return new DemoDataReport(counts, stopwatch.Elapsed);
    }

    private async Task LoadReferenceDataAsync(CancellationToken cancellationToken)
    {
        var municipalities = await _db.Municipalities.AsNoTracking().OrderBy(m => m.Code).ToListAsync(cancellationToken);
        if (municipalities.Count == 0)
        {
            throw new InvalidOperationException("The municipalities are missing: migrate the database before generating demo data.");
        }

        _members = [.. municipalities.Where(m => m.IsMember)];
        _nonMembers = [.. municipalities.Where(m => !m.IsMember)];

        await QuestionnaireTemplateCatalog.EnsureAsync(_db, _year, cancellationToken);
        _db.ChangeTracker.Clear();
        _template = await _db.QuestionnaireTemplates
            .AsNoTracking()
            .Include(t => t.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .SingleAsync(t => t.Year == _year, cancellationToken);
    }

    private void CreateSuppliers()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var count = 60 * _options.Scale;
        for (var i = 0; i < count; i++)
        {
            var (name, brand) = NewCompanyName(names);
            var supplier = new Supplier(CvrNumbers.Next(_random, _cvrs), name);
            var domain = Slug(brand) + ".dk";
            var contacts = _random.Between(1, 3);
            foreach (var role in _random.Sample(DemoVocabulary.ContactRoles, contacts))
            {
                var (first, last) = (_random.Pick(DemoVocabulary.FirstNames), _random.Pick(DemoVocabulary.LastNames));
                supplier.AddContact($"{first} {last}", $"{Slug(first)}.{Slug(last)}@{domain}", PhoneNumber(), role);
            }

            // Each supplier works in a few task areas, which most of its systems serve.
            var specialities = Enumerable.Range(0, _random.Between(1, 3))
                .Select(_ => _random.Weighted(AreaWeights))
                .Distinct()
                .ToList();
            _profiles[supplier] = new SupplierProfile(brand, specialities);
            _suppliers.Add(supplier);
        }
    }

    private (string Name, string Brand) NewCompanyName(HashSet<string> taken)
    {
        while (true)
        {
            var stem = _random.Pick(DemoVocabulary.CompanyStems);
            if (_random.Chance(0.4))
            {
                stem += _random.Pick(DemoVocabulary.PlaceEndings);
            }

            var pattern = _random.Pick(DemoVocabulary.CompanyPatterns);
            var brand = string.Format(CultureInfo.InvariantCulture, pattern, stem);
            if (!taken.Add(brand))
            {
                continue;
            }

            var form = _random.Chance(0.6) ? "A/S" : "ApS";
            return ($"{brand} {form}", brand);
        }
    }

    private void CreateSubProcessors()
    {
        foreach (var profile in DemoVocabulary.SharedSubProcessors)
        {
            var cvr = profile.Country == "DK" ? CvrNumbers.Next(_random, _cvrs).Value : null;
            _subProcessors.Add(Expect(SubProcessor.Create(profile.Name, cvr, profile.ForeignRegistrationId, profile.Country,
                profile.Service, profile.Basis)));
        }

        // Smaller Danish operations and consultancy companies, more of them the larger the data set.
        var names = new HashSet<string>(_subProcessors.Select(s => s.Name), StringComparer.Ordinal);
        for (var i = 0; i < 4 * _options.Scale; i++)
        {
            var (name, _) = NewCompanyName(names);
            _subProcessors.Add(Expect(SubProcessor.Create(name, CvrNumbers.Next(_random, _cvrs).Value, null, "DK",
                _random.Pick(DemoVocabulary.LocalServices), TransferBasis.WithinEea)));
        }
    }

    private void CreateItSystems()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var count = 400 * _options.Scale;

        // Every supplier delivers at least one system; the rest go to the larger suppliers more often.
        var weights = _suppliers.Select((s, i) => (s, 1.0 / Math.Pow(i % 60 + 1, 0.9))).ToList();
        for (var i = 0; i < count; i++)
        {
            var supplier = i < _suppliers.Count ? _suppliers[i] : _random.Weighted(weights);
            var profile = _profiles[supplier];
            var area = _random.Chance(0.7)
                ? _random.Pick(profile.Specialities)
                : _random.Weighted(AreaWeights);
            var system = new ItSystem(supplier, NewSystemName(names, profile.Brand, area),
                _random.Chance(0.7) ? _random.NextGuid() : null, area.Name);

            // Most systems are shared by many member municipalities, which puts them in DBS's remit.
            var memberUsers = _random.Chance(0.75)
                ? 10 + (int)(48 * Math.Pow(_random.NextDouble(), 1.5))
                : _random.Between(1, 9);
            foreach (var municipality in _random.Sample(_members, memberUsers))
            {
                system.AddUsage(municipality);
            }

            foreach (var municipality in _random.Sample(_nonMembers, _random.Between(0, 6)))
            {
                system.AddUsage(municipality);
            }

            _areas[system] = area;
            _systems.Add(system);
        }
    }

    private string NewSystemName(HashSet<string> taken, string brand, DemoVocabulary.TaskArea area)
    {
        var word = _random.Pick(area.Words);
        var name = _random.Next(100) switch
        {
            < 40 => $"{brand} {word}",
            < 75 => $"{word} {_random.Pick(DemoVocabulary.ProductSuffixes)}",
            _ => _random.Pick(DemoVocabulary.ProductPrefixes) + word.ToLowerInvariant(),
        };
        if (taken.Add(name))
        {
            return name;
        }

        foreach (var module in DemoVocabulary.ModuleNames)
        {
            if (taken.Add($"{name} {module}"))
            {
                return $"{name} {module}";
            }
        }

        for (var n = 2; ; n++)
        {
            var numbered = $"{name} {n.ToString(CultureInfo.InvariantCulture)}";
            if (taken.Add(numbered))
            {
                return numbered;
            }
        }
    }

    private string PhoneNumber() =>
        string.Create(CultureInfo.InvariantCulture,
            $"+45 {_random.Between(20, 99)} {_random.Between(10, 99)} {_random.Between(10, 99)} {_random.Between(10, 99)}");

    /// <summary>Lower-case ASCII for e-mail addresses and file names: "Ørnedata" → "oernedata".</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'ø': builder.Append("oe"); break;
                case 'å': builder.Append("aa"); break;
                case >= 'a' and <= 'z' or >= '0' and <= '9': builder.Append(c); break;
                default: break;
            }
        }

        return builder.ToString();
    }

    private DateOnly NotAfterToday(DateOnly date) => date > _today ? _today : date;

    private void Audit(Entity entity, Actor actor, DateTimeOffset at, string action, string before, string after) =>
        _audit.Add(new PendingAudit(entity, actor, at, action, before, after));

    /// <summary>A supplier's brand (its name without the legal form) and the task areas it works in.</summary>
    private sealed record SupplierProfile(string Brand, IReadOnlyList<DemoVocabulary.TaskArea> Specialities);

    /// <summary>A user's step, written as an audit event once the entity has its key.</summary>
    private sealed record PendingAudit(Entity Entity, Actor Actor, DateTimeOffset At, string Action, string Before, string After)
    {
        public AuditEvent ToEvent() => new(Actor, At, Entity.GetType().Name,
            Entity.Id.ToString(CultureInfo.InvariantCulture), Action, AuditChange.Updated, Before, After);
    }
}
