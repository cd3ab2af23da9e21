namespace Dbs.GraphQL.Language;

/// <summary>A <c>schema { ... }</c> definition (spec §3.3 Schema).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public override Kind Kind => Kind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
