namespace Dbs.GraphQL.Execution.CostAnalysis;

/// <summary>
/// The cost of one operation with its variables. <see cref="FieldCost"/> estimates the work: every field's weight
/// (default 1 for a field of a composite type, 0 for a leaf, <c>@cost</c> overriding), multiplied by the sizes of
/// the lists around it. <see cref="TypeCost"/> estimates the response: every object it may hold, weighted by its
/// type's <c>@cost</c> (default 1), the root object included.
/// </summary>
public readonly record struct OperationCost(double FieldCost, double TypeCost)
{
    /// <summary>As the response's <c>extensions.operationCost</c> reports it (HotChocolate's shape).</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["fieldCost"] = FieldCost,
        ["typeCost"] = TypeCost,
    };
}
