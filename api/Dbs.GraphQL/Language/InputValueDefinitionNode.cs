namespace Dbs.GraphQL.Language;

/// <summary>An argument definition or an input object field (spec §3.6.1 Field Arguments, §3.10 Input Objects).</summary>
public sealed class InputValueDefinitionNode : Node, IHasDirectives
{
    public override Kind Kind => Kind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
