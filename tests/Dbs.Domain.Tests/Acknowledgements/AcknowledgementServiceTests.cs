using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Common;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Acknowledgements;

public abstract class AcknowledgementServiceTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_municipality_approves_a_released_report_with_who_and_when()
    {
        var world = await World.CreateAsync(database);
        var id = await PendingFor(world, "791");

        var approved = ResultAssert.Success(await world.InNewContext(db =>
            world.Acknowledgements(db).ApproveAsync(world.Municipality("791"), id, "Godkendt på mødet 3. april.")));

        Assert.Equal((AcknowledgementStatus.Approved, "Medarbejder 791", World.Start, "Godkendt på mødet 3. april."),
            (approved.Status, approved.ByName, approved.At, approved.Comment));
    }

    [Fact]
    public async Task Approving_twice_is_an_invalid_transition()
    {
        var world = await World.CreateAsync(database);
        var id = await PendingFor(world, "791");
        await world.InNewContext(db => world.Acknowledgements(db).ApproveAsync(world.Municipality("791"), id));

        var again = await world.InNewContext(db => world.Acknowledgements(db).ApproveAsync(world.Municipality("791"), id));
        var followUp = await world.InNewContext(db => world.Acknowledgements(db).RequestFollowUpAsync(world.Municipality("791"), id, "x"));

        Assert.Equal("Approved", ResultAssert.Fails<InvalidTransition>(again.Error).From);
        Assert.Equal("Approved", ResultAssert.Fails<InvalidTransition>(followUp.Error).From);
    }

    [Fact]
    public async Task A_follow_up_request_needs_a_comment_and_can_later_be_approved_but_not_repeated()
    {
        var world = await World.CreateAsync(database);
        var id = await PendingFor(world, "751");
        var aarhus = world.Municipality("751");

        var blank = await world.InNewContext(db => world.Acknowledgements(db).RequestFollowUpAsync(aarhus, id, " "));
        var requested = ResultAssert.Success(await world.InNewContext(db =>
            world.Acknowledgements(db).RequestFollowUpAsync(aarhus, id, "Hvornår er afvigelsen udbedret?")));
        var twice = await world.InNewContext(db => world.Acknowledgements(db).RequestFollowUpAsync(aarhus, id, "Igen"));
        var approved = ResultAssert.Success(await world.InNewContext(db => world.Acknowledgements(db).ApproveAsync(aarhus, id)));

        Assert.Equal("comment", Assert.Single(ResultAssert.Fails<ValidationFailed>(blank.Error).Errors).Field);
        Assert.Equal((AcknowledgementStatus.FollowUpRequested, "Hvornår er afvigelsen udbedret?"), (requested.Status, requested.Comment));
        Assert.Equal("FollowUpRequested", ResultAssert.Fails<InvalidTransition>(twice.Error).From);
        Assert.Equal(AcknowledgementStatus.Approved, approved.Status);
    }

    [Fact]
    public async Task Only_the_municipality_itself_acknowledges_its_report()
    {
        var world = await World.CreateAsync(database);
        var id = await PendingFor(world, "791");

        var byOtherMunicipality = await world.InNewContext(db => world.Acknowledgements(db).ApproveAsync(world.Municipality("751"), id));
        var byDbs = await world.InNewContext(db => world.Acknowledgements(db).ApproveAsync(world.DbsAuthor, id));
        var bySupplier = await world.InNewContext(db => world.Acknowledgements(db).ApproveAsync(world.SupplierEditor, id));
        var byReader = await world.InNewContext(db => world.Acknowledgements(db).ApproveAsync(
            Actor.ForMunicipality(world.MunicipalityIds["791"], "viborg-reader", "Læser", Role.Reader), id));

        ResultAssert.Fails<NotFound>(byOtherMunicipality.Error);
        ResultAssert.Fails<Forbidden>(byDbs.Error);
        ResultAssert.Fails<NotFound>(bySupplier.Error);
        ResultAssert.Fails<Forbidden>(byReader.Error);
    }

    [Fact]
    public async Task An_acknowledgement_cannot_be_opened_for_an_unreleased_report_or_a_non_member()
    {
        var world = await World.CreateAsync(database);
        var inProgress = await SupervisionSteps.InProgressAsync(world);
        var released = await SupervisionSteps.ReleasedAsync(world, world.SystemB);
        await using var db = world.NewContext();
        var viborg = await db.Municipalities.SingleAsync(m => m.Code == "791");
        var frederiksberg = await db.Municipalities.SingleAsync(m => m.Code == "147");

        var early = ReportAcknowledgement.Open(await db.Supervisions.SingleAsync(s => s.Id == inProgress), viborg);
        var nonMember = ReportAcknowledgement.Open(await db.Supervisions.SingleAsync(s => s.Id == released), frederiksberg);

        ResultAssert.Fails<InvalidTransition>(early.Error);
        ResultAssert.Fails<ValidationFailed>(nonMember.Error);
    }

    private static async Task<int> PendingFor(World world, string code)
    {
        var supervision = await SupervisionSteps.ReleasedAsync(world);
        await using var db = world.NewContext();
        return await db.ReportAcknowledgements
            .Where(a => a.SupervisionId == supervision && a.MunicipalityId == world.MunicipalityIds[code])
            .Select(a => a.Id).SingleAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AcknowledgementServiceTestsOnSqlite(SqliteDatabaseFixture database) : AcknowledgementServiceTests(database);

[Collection(PostgresCollection.Name)]
public sealed class AcknowledgementServiceTestsOnPostgres(PostgresDatabaseFixture database) : AcknowledgementServiceTests(database);
