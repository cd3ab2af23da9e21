namespace Dbs.GraphQL.Language;

/// <summary>An input object type definition (spec §3.10 Input Objects).</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
