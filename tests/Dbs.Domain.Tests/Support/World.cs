using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dbs.Domain.Tests.Support;

/// <summary>
/// A supplier of its own with two systems and active agreements, in a shared database:
/// Viborg (791, member) and Frederiksberg (147, not a member) have system A; Aarhus (751, member) has A and B;
/// Randers (730, member) has B. Copenhagen (101, member) has none.
/// </summary>
public sealed class World
{
    public static readonly DateTimeOffset Start = new(2031, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private World(DatabaseFixture database, TestClock clock)
    {
        Database = database;
        Clock = clock;
    }

    public DatabaseFixture Database { get; }

    public TestClock Clock { get; }

    public int SupplierId { get; private set; }

    public string SupplierName { get; private set; } = string.Empty;

    public int SystemA { get; private set; }

    public int SystemB { get; private set; }

    public IReadOnlyDictionary<string, int> MunicipalityIds { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> AgreementIds { get; private set; } = new Dictionary<string, int>();

    public Actor DbsAuthor { get; } = Actor.DbsStaff("dbs-anne", "Anne Andersen");

    public Actor DbsReviewer { get; } = Actor.DbsStaff("dbs-rasmus", "Rasmus Rasmussen");

    public Actor DbsReader { get; } = Actor.DbsStaff("dbs-lise", "Lise Læser", Role.Reader);

    public Actor SupplierEditor => Actor.ForSupplier(SupplierId, $"supplier-{SupplierId}-sofie", "Sofie Svendsen");

    public Actor SupplierColleague => Actor.ForSupplier(SupplierId, $"supplier-{SupplierId}-peter", "Peter Poulsen");

    public Actor SupplierReader => Actor.ForSupplier(SupplierId, $"supplier-{SupplierId}-rita", "Rita Reader", Role.Reader);

    public Actor Municipality(string code) =>
        Actor.ForMunicipality(MunicipalityIds[code], $"kommune-{code}-user", $"Medarbejder {code}");

    public DbsDbContext NewContext() => Database.CreateContext();

    /// <summary>The published templates of this world's database, shared by its services as in a host.</summary>
    public QuestionnaireTemplateCache TemplateCache { get; } = new();

    public QuestionnaireService Questionnaires(DbsDbContext db) => new(db, Clock, TemplateCache);

    public QuestionnaireTemplateService Templates(DbsDbContext db) => new(db, Clock);

    public SupervisionService Supervisions(DbsDbContext db) => new(db, Clock);

    public FindingService Findings(DbsDbContext db) => new(db, Clock);

    public AcknowledgementService Acknowledgements(DbsDbContext db) => new(db, Clock);

    public SubProcessorService SubProcessors(DbsDbContext db) =>
        new(db, Clock, Options.Create(new SupervisionOptions { SubProcessorNoticePeriodDays = 30 }));

    /// <summary>Runs <paramref name="action"/> on a fresh context, as one request would.</summary>
    public async Task<T> InNewContext<T>(Func<DbsDbContext, Task<T>> action)
    {
        await using var db = NewContext();
        return await action(db);
    }

    public static async Task<World> CreateAsync(DatabaseFixture database)
    {
        var world = new World(database, new TestClock(Start));
        await using var db = database.CreateContext();
        var cvr = TestCvrs.Next();
        var supplier = new Supplier(Cvr.Parse(cvr), $"Testleverandør {cvr} A/S");
        supplier.AddContact("Sofie Svendsen", "sofie@example.dk", null, "Compliance");
        var systemA = new ItSystem(supplier, $"System A {cvr}");
        var systemB = new ItSystem(supplier, $"System B {cvr}");
        db.AddRange(supplier, systemA, systemB);

        var codes = new[] { "791", "147", "751", "730", "101" };
        var municipalities = await db.Municipalities.Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code);
        foreach (var municipality in municipalities.Values)
        {
            systemA.AddUsage(municipality);
        }

        var agreements = new Dictionary<string, Agreement>
        {
            ["791"] = Active(municipalities["791"], supplier, [systemA]),
            ["147"] = Active(municipalities["147"], supplier, [systemA]),
            ["751"] = Active(municipalities["751"], supplier, [systemA, systemB]),
            ["730"] = Active(municipalities["730"], supplier, [systemB]),
        };
        db.Agreements.AddRange(agreements.Values);
        await TestTemplate.EnsureAsync(db, Start.AddMonths(-1));
        await db.SaveChangesAsync();

        world.SupplierId = supplier.Id;
        world.SupplierName = supplier.Name;
        world.SystemA = systemA.Id;
        world.SystemB = systemB.Id;
        world.MunicipalityIds = municipalities.ToDictionary(p => p.Key, p => p.Value.Id);
        world.AgreementIds = agreements.ToDictionary(p => p.Key, p => p.Value.Id);
        return world;
    }

    private static Agreement Active(Municipality municipality, Supplier supplier, ItSystem[] systems)
    {
        var agreement = Agreement.Create(municipality, supplier, systems, AgreementTemplate.CommonMunicipal,
            PersonalDataCategories.Ordinary | PersonalDataCategories.CprNumbers, DataSubjectCategories.Citizens).Value;
        agreement.Conclude(new DateOnly(2029, 1, 15));
        return agreement;
    }
}
