namespace Dbs.GraphQL.Language;

/// <summary>One root operation type of a schema definition or extension (spec §3.3.1 Root Operation Types).</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    public override Kind Kind => Kind.OperationTypeDefinition;

    public OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}
