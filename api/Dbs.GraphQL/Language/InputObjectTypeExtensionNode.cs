namespace Dbs.GraphQL.Language;

/// <summary>An <c>extend input</c> definition (spec §3.10.1 Input Object Extensions).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
