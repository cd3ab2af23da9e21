using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.SubProcessors;

public abstract class SubProcessorServiceTests(DatabaseFixture database)
{
    private static readonly DateOnly Notice = new(2031, 3, 2);

    [Fact]
    public async Task Engaging_a_sub_processor_opens_an_objection_window_for_each_municipality_with_an_affected_agreement()
    {
        var world = await World.CreateAsync(database);

        var engagement = await Engage(world, UsCloud, world.SystemB);

        Assert.Equal((EngagementStatus.Notified, Notice, Notice.AddDays(30)),
            (engagement.Status, engagement.NoticeGivenOn, engagement.ObjectionDeadline));
        await using var db = world.NewContext();
        var windows = await db.ObjectionWindows.Where(w => w.EngagementId == engagement.Id)
            .Select(w => new { w.Municipality.Code, w.OpensOn, w.Deadline, w.Status }).OrderBy(w => w.Code).ToListAsync();
        Assert.Equal(["730", "751"], windows.Select(w => w.Code));
        Assert.All(windows, w => Assert.Equal((Notice, Notice.AddDays(30), ObjectionWindowStatus.Open), (w.OpensOn, w.Deadline, w.Status)));
    }

    [Fact]
    public async Task Only_active_agreements_count_as_affected_and_non_members_get_a_window_too()
    {
        var world = await World.CreateAsync(database);
        await using (var db = world.NewContext())
        {
            var viborg = await db.Agreements.SingleAsync(a => a.Id == world.AgreementIds["791"]);
            viborg.Terminate(new DateOnly(2031, 1, 31));
            await db.SaveChangesAsync();
        }

        var engagement = await Engage(world, UsCloud, world.SystemA);

        await using var check = world.NewContext();
        var codes = await check.ObjectionWindows.Where(w => w.EngagementId == engagement.Id).Select(w => w.Municipality.Code)
            .OrderBy(c => c).ToListAsync();
        Assert.Equal(["147", "751"], codes);
    }

    [Fact]
    public async Task A_municipality_objects_within_the_deadline_and_the_objection_records_who_when_and_why()
    {
        var world = await World.CreateAsync(database);
        var engagement = await Engage(world, UsCloud, world.SystemA);
        var window = await WindowOf(world, engagement.Id, "791");
        world.Clock.Now = new DateTimeOffset(2031, 4, 1, 21, 30, 0, TimeSpan.Zero); // 23:30 in Denmark on the deadline day

        var objected = ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(
            world.Municipality("791"), window, "Overførsel til USA er ikke vurderet.")));

        Assert.Equal((ObjectionWindowStatus.Objected, "Medarbejder 791", world.Clock.Now, "Overførsel til USA er ikke vurderet."),
            (objected.Status, objected.ObjectedByName, objected.ObjectedAt, objected.ObjectionReason));
    }

    [Fact]
    public async Task An_objection_after_the_deadline_is_refused()
    {
        var world = await World.CreateAsync(database);
        var engagement = await Engage(world, UsCloud, world.SystemA);
        var window = await WindowOf(world, engagement.Id, "791");
        world.Clock.Now = new DateTimeOffset(2031, 4, 1, 22, 30, 0, TimeSpan.Zero); // 00:30 in Denmark the day after

        var late = await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(world.Municipality("791"), window, "For sent?"));

        var error = ResultAssert.Fails<DeadlinePassed>(late.Error);
        Assert.Equal(("DEADLINE_PASSED", new DateOnly(2031, 4, 1)), (error.Code, error.Deadline));
    }

    [Fact]
    public async Task A_window_takes_one_objection_from_its_own_municipality_with_a_reason()
    {
        var world = await World.CreateAsync(database);
        var engagement = await Engage(world, UsCloud, world.SystemA);
        var window = await WindowOf(world, engagement.Id, "791");

        var byOther = await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(world.Municipality("751"), window, "x"));
        var bySupplier = await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(world.SupplierEditor, window, "x"));
        var noReason = await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(world.Municipality("791"), window, ""));
        ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(world.Municipality("791"), window, "Nej")));
        var twice = await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(world.Municipality("791"), window, "Igen"));

        ResultAssert.Fails<NotFound>(byOther.Error);
        ResultAssert.Fails<Forbidden>(bySupplier.Error);
        ResultAssert.Fails<ValidationFailed>(noReason.Error);
        Assert.Equal("Objected", ResultAssert.Fails<InvalidTransition>(twice.Error).From);
    }

    [Fact]
    public async Task An_engagement_starts_only_after_the_deadline_then_ends_and_its_open_windows_lapse()
    {
        var world = await World.CreateAsync(database);
        var engagement = await Engage(world, UsCloud, world.SystemA);
        var viborgWindow = await WindowOf(world, engagement.Id, "791");
        await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(world.Municipality("791"), viborgWindow, "Nej tak"));

        var early = await world.InNewContext(db => world.SubProcessors(db).ActivateAsync(world.SupplierEditor, engagement.Id));
        world.Clock.Now = new DateTimeOffset(2031, 4, 2, 8, 0, 0, TimeSpan.Zero);
        var active = ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).ActivateAsync(world.SupplierEditor, engagement.Id)));
        var withdraw = await world.InNewContext(db => world.SubProcessors(db).WithdrawAsync(world.SupplierEditor, engagement.Id));
        var ended = ResultAssert.Success(await world.InNewContext(db =>
            world.SubProcessors(db).EndAsync(world.SupplierEditor, engagement.Id, new DateOnly(2031, 12, 31))));
        var endTwice = await world.InNewContext(db => world.SubProcessors(db).EndAsync(world.SupplierEditor, engagement.Id, new DateOnly(2032, 1, 1)));

        ResultAssert.Fails<InvalidTransition>(early.Error);
        Assert.Equal(EngagementStatus.Active, active.Status);
        Assert.Equal("Active", ResultAssert.Fails<InvalidTransition>(withdraw.Error).From);
        Assert.Equal((EngagementStatus.Ended, new DateOnly(2031, 12, 31)), (ended.Status, ended.To));
        Assert.Equal("Ended", ResultAssert.Fails<InvalidTransition>(endTwice.Error).From);
        await using var db = world.NewContext();
        var statuses = await db.ObjectionWindows.Where(w => w.EngagementId == engagement.Id)
            .ToDictionaryAsync(w => w.MunicipalityId, w => w.Status);
        Assert.Equal(ObjectionWindowStatus.Objected, statuses[world.MunicipalityIds["791"]]);
        Assert.Equal(ObjectionWindowStatus.Lapsed, statuses[world.MunicipalityIds["751"]]);
    }

    [Fact]
    public async Task A_withdrawn_engagement_takes_no_objections_and_cannot_start_or_end()
    {
        var world = await World.CreateAsync(database);
        var engagement = await Engage(world, UsCloud, world.SystemA);
        var window = await WindowOf(world, engagement.Id, "791");

        var withdrawn = ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).WithdrawAsync(world.SupplierEditor, engagement.Id)));
        var objection = await world.InNewContext(db => world.SubProcessors(db).ObjectAsync(world.Municipality("791"), window, "x"));
        world.Clock.Now = new DateTimeOffset(2031, 5, 1, 8, 0, 0, TimeSpan.Zero);
        var activate = await world.InNewContext(db => world.SubProcessors(db).ActivateAsync(world.SupplierEditor, engagement.Id));
        var end = await world.InNewContext(db => world.SubProcessors(db).EndAsync(world.SupplierEditor, engagement.Id, new DateOnly(2031, 6, 1)));

        Assert.Equal(EngagementStatus.Withdrawn, withdrawn.Status);
        ResultAssert.Fails<InvalidTransition>(objection.Error);
        Assert.Equal("Withdrawn", ResultAssert.Fails<InvalidTransition>(activate.Error).From);
        Assert.Equal("Withdrawn", ResultAssert.Fails<InvalidTransition>(end.Error).From);
    }

    [Fact]
    public async Task A_supplier_engages_only_for_its_own_systems_and_only_for_itself()
    {
        var world = await World.CreateAsync(database);
        var other = await World.CreateAsync(database);
        var subProcessor = await Register(world, UsCloud);

        var foreignSystem = await world.InNewContext(db => world.SubProcessors(db).EngageAsync(world.SupplierEditor,
            new EngageSubProcessorInput(world.SupplierId, subProcessor, [other.SystemA], Notice.AddDays(31))));
        var forOther = await world.InNewContext(db => world.SubProcessors(db).EngageAsync(world.SupplierEditor,
            new EngageSubProcessorInput(other.SupplierId, subProcessor, [other.SystemA], Notice.AddDays(31))));
        var byMunicipality = await world.InNewContext(db => world.SubProcessors(db).EngageAsync(world.Municipality("791"),
            new EngageSubProcessorInput(world.SupplierId, subProcessor, [world.SystemA], Notice.AddDays(31))));

        ResultAssert.Fails<ValidationFailed>(foreignSystem.Error);
        ResultAssert.Fails<Forbidden>(forOther.Error);
        ResultAssert.Fails<Forbidden>(byMunicipality.Error);
    }

    [Fact]
    public async Task A_sub_processor_in_a_chain_hangs_below_its_parent_engagement()
    {
        var world = await World.CreateAsync(database);
        var parent = await Engage(world, UsCloud, world.SystemA);
        var datacenter = await Register(world, new SubProcessorInput("Nordic Racks ApS", "29189846", null, "DK", "Drift af datacenter",
            TransferBasis.WithinEea));

        var child = ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).EngageAsync(world.SupplierEditor,
            new EngageSubProcessorInput(world.SupplierId, datacenter, [world.SystemA], Notice.AddDays(31), Notice, parent.Id))));

        Assert.Equal(parent.Id, child.ParentId);
    }

    [Fact]
    public async Task Agreements_are_exposed_to_third_countries_through_the_suppliers_engagements_of_their_systems()
    {
        var world = await World.CreateAsync(database);
        await Engage(world, new SubProcessorInput("Nordic Hosting A/S", "55133018", null, "DK", "Hosting", TransferBasis.WithinEea),
            world.SystemA);
        var us = await Engage(world, UsCloud, world.SystemB);

        await using var db = world.NewContext();
        var ours = db.Agreements.Where(a => a.SupplierId == world.SupplierId);
        var exposed = await ours.ExposedToThirdCountries().Select(a => a.Municipality.Code).OrderBy(c => c).ToListAsync();
        var exposures = await ours.ThirdCountryExposures(db.SubProcessorEngagements).OrderBy(e => e.AgreementId).ToListAsync();

        Assert.Equal(["730", "751"], exposed);
        Assert.Equal(2, exposures.Count);
        Assert.All(exposures, e => Assert.Equal((us.Id, "US", TransferBasis.EuUsDataPrivacyFramework, EngagementStatus.Notified),
            (e.EngagementId, e.CountryCode, e.TransferBasis, e.EngagementStatus)));
    }

    [Fact]
    public async Task Exposure_ends_with_the_engagement()
    {
        var world = await World.CreateAsync(database);
        var us = await Engage(world, UsCloud, world.SystemB);
        world.Clock.Now = new DateTimeOffset(2031, 4, 2, 8, 0, 0, TimeSpan.Zero);
        await world.InNewContext(db => world.SubProcessors(db).ActivateAsync(world.SupplierEditor, us.Id));
        ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).EndAsync(world.SupplierEditor, us.Id, new DateOnly(2031, 4, 30))));

        await using var db = world.NewContext();
        Assert.False(await db.Agreements.Where(a => a.SupplierId == world.SupplierId).ExposedToThirdCountries().AnyAsync());
    }

    [Fact]
    public async Task Registering_a_sub_processor_checks_identity_country_and_transfer_basis()
    {
        var world = await World.CreateAsync(database);

        var result = await world.InNewContext(db => world.SubProcessors(db).RegisterAsync(world.SupplierEditor,
            new SubProcessorInput("", "12345678", null, "USA", "", TransferBasis.None)));
        var usWithoutBasis = await world.InNewContext(db => world.SubProcessors(db).RegisterAsync(world.SupplierEditor,
            new SubProcessorInput("Cloud Inc.", null, "EIN 12-3456789", "US", "Hosting", TransferBasis.WithinEea)));
        var byMunicipality = await world.InNewContext(db => world.SubProcessors(db).RegisterAsync(world.Municipality("791"), UsCloud));

        Assert.Equal(["name", "cvr", "countryCode", "serviceDescription"],
            ResultAssert.Fails<ValidationFailed>(result.Error).Errors.Select(e => e.Field));
        Assert.Equal("transferBasis", Assert.Single(ResultAssert.Fails<ValidationFailed>(usWithoutBasis.Error).Errors).Field);
        ResultAssert.Fails<Forbidden>(byMunicipality.Error);
    }

    private static SubProcessorInput UsCloud =>
        new("Example Cloud Inc.", null, "EIN 98-7654321", "US", "Drift af hostingplatform", TransferBasis.EuUsDataPrivacyFramework);

    private static async Task<int> Register(World world, SubProcessorInput input) =>
        ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).RegisterAsync(world.SupplierEditor, input))).Id;

    private static async Task<SubProcessorEngagement> Engage(World world, SubProcessorInput input, int systemId)
    {
        var subProcessor = await Register(world, input);
        return ResultAssert.Success(await world.InNewContext(db => world.SubProcessors(db).EngageAsync(world.SupplierEditor,
            new EngageSubProcessorInput(world.SupplierId, subProcessor, [systemId], Notice.AddDays(31), Notice))));
    }

    private static async Task<int> WindowOf(World world, int engagementId, string code)
    {
        await using var db = world.NewContext();
        return await db.ObjectionWindows.Where(w => w.EngagementId == engagementId && w.MunicipalityId == world.MunicipalityIds[code])
            .Select(w => w.Id).SingleAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SubProcessorServiceTestsOnSqlite(SqliteDatabaseFixture database) : SubProcessorServiceTests(database);

[Collection(PostgresCollection.Name)]
public sealed class SubProcessorServiceTestsOnPostgres(PostgresDatabaseFixture database) : SubProcessorServiceTests(database);
