namespace Dbs.GraphQL.Language;

/// <summary>A schema or type extension (spec §3.0 TypeSystemExtension).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
