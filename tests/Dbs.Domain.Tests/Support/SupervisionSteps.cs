using Dbs.Domain.Supervisions;

namespace Dbs.Domain.Tests.Support;

/// <summary>Brings a supervision of the world's system A to a given status through the service.</summary>
public static class SupervisionSteps
{
    public static async Task<int> PlanAsync(World world, int? itSystemId = -1, int year = TestTemplate.Year) =>
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).PlanAsync(world.DbsAuthor,
            new PlanSupervisionInput(world.SupplierId, itSystemId == -1 ? world.SystemA : itSystemId, year,
                SupervisionMethod.WrittenSupervision)))).Id;

    public static async Task<int> InProgressAsync(World world, int? itSystemId = -1)
    {
        var id = await PlanAsync(world, itSystemId);
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).StartAsync(world.DbsAuthor, id)));
        return id;
    }

    public static async Task<int> InPeerReviewAsync(World world, int? itSystemId = -1)
    {
        var id = await InProgressAsync(world, itSystemId);
        await SubmitForPeerReviewAsync(world, id);
        return id;
    }

    public static async Task<int> ReleasedAsync(World world, int? itSystemId = -1)
    {
        var id = await InProgressAsync(world, itSystemId);
        await ReleaseAsync(world, id);
        return id;
    }

    /// <summary>Takes an in-progress supervision through peer review to release.</summary>
    public static async Task ReleaseAsync(World world, int id)
    {
        await SubmitForPeerReviewAsync(world, id);
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).ApprovePeerReviewAsync(world.DbsReviewer, id)));
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).ReleaseAsync(world.DbsAuthor, id)));
    }

    private static async Task SubmitForPeerReviewAsync(World world, int id)
    {
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).AssignPeerReviewerAsync(world.DbsAuthor, id,
            world.DbsReviewer.UserId, world.DbsReviewer.DisplayName)));
        ResultAssert.Success(await world.InNewContext(db => world.Supervisions(db).SubmitForPeerReviewAsync(world.DbsAuthor, id)));
    }
}
