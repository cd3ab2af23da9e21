namespace Dbs.GraphQL.Execution.CostAnalysis;

/// <summary>
/// Static cost analysis in the sense of the IBM GraphQL cost specification (<c>@cost</c>, <c>@listSize</c>), with
/// HotChocolate's limits as defaults. A limit set to null is not enforced, but the cost is still computed when a
/// request asks for it (<see cref="OperationRequest.ReportCost"/>).
/// </summary>
public sealed record CostOptions
{
    public static CostOptions Default { get; } = new();

    /// <summary>The highest field cost (work: resolvers run, weighted) an operation may have.</summary>
    public double? MaxFieldCost { get; init; } = 1000;

    /// <summary>The highest type cost (objects the response may hold, weighted) an operation may have.</summary>
    public double? MaxTypeCost { get; init; } = 1000;

    /// <summary>The size assumed for a list field that has no <c>@listSize</c> and is not sized by its parent.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The weight of a mutation's root fields without <c>@cost</c> (a mutation writes).</summary>
    public double DefaultMutationWeight { get; init; } = 10;

    /// <summary>
    /// Refuse a field whose <c>@listSize(requireOneSlicingArgument: true)</c> is not given exactly one slicing
    /// argument (an argument's default value counts as given).
    /// </summary>
    public bool EnforceSlicingArguments { get; init; } = true;
}
