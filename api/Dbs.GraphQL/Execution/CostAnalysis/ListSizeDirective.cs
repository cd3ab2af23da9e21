namespace Dbs.GraphQL.Execution.CostAnalysis;

/// <summary>A field's <c>@listSize</c>, read once from its SDL.</summary>
internal sealed record ListSizeDirective(
    int? AssumedSize,
    IReadOnlyList<string> SlicingArguments,
    IReadOnlyList<string> SizedFields,
    bool RequireOneSlicingArgument);
