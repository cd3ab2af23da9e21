namespace Dbs.GraphQL.Language;

/// <summary>An <c>extend schema</c> definition (spec §3.3.2 Schema Extension).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override Kind Kind => Kind.SchemaExtension;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
