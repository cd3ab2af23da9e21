using Dbs.Domain.Agreements;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Agreements;

public abstract class AgreementQueriesTests(DatabaseFixture database)
{
    [Fact]
    public async Task Personal_data_and_data_subject_flags_filter_in_SQL()
    {
        var world = await World.CreateAsync(database);
        await using (var db = world.NewContext())
        {
            var aarhus = await db.Agreements.SingleAsync(a => a.Id == world.AgreementIds["751"]);
            aarhus.Classify(PersonalDataCategories.Special | PersonalDataCategories.CprNumbers,
                DataSubjectCategories.Citizens | DataSubjectCategories.Children);
            await db.SaveChangesAsync();
        }

        await using var check = world.NewContext();
        var ours = check.Agreements.Where(a => a.SupplierId == world.SupplierId);
        var special = await ours.Where(a => a.PersonalData.HasFlag(PersonalDataCategories.Special)).Select(a => a.Id).ToListAsync();
        var cpr = await ours.Where(a => (a.PersonalData & PersonalDataCategories.CprNumbers) != 0).CountAsync();
        var children = await ours.Where(a => a.DataSubjects.HasFlag(DataSubjectCategories.Children)).Select(a => a.Id).ToListAsync();

        Assert.Equal([world.AgreementIds["751"]], special);
        Assert.Equal(4, cpr);
        Assert.Equal([world.AgreementIds["751"]], children);
    }

    [Fact]
    public async Task Agreements_are_found_by_municipality_supplier_and_status()
    {
        var world = await World.CreateAsync(database);
        await using var db = world.NewContext();

        var active = await db.Agreements.CountAsync(a => a.SupplierId == world.SupplierId && a.Status == AgreementStatus.Active);
        var viborgs = await db.Agreements.Where(a => a.MunicipalityId == world.MunicipalityIds["791"] && a.SupplierId == world.SupplierId)
            .Select(a => a.Systems.Select(s => s.ItSystemId).ToList()).SingleAsync();

        Assert.Equal(4, active);
        Assert.Equal([world.SystemA], viborgs);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AgreementQueriesTestsOnSqlite(SqliteDatabaseFixture database) : AgreementQueriesTests(database);

[Collection(PostgresCollection.Name)]
public sealed class AgreementQueriesTestsOnPostgres(PostgresDatabaseFixture database) : AgreementQueriesTests(database);
