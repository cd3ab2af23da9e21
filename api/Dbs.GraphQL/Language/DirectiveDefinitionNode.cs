namespace Dbs.GraphQL.Language;

/// <summary>A directive definition (spec §3.13 Directives).</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public override Kind Kind => Kind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public bool Repeatable { get; init; }

    public IReadOnlyList<NameNode> Locations { get; init; } = [];
}
