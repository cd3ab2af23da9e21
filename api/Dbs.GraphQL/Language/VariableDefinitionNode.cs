namespace Dbs.GraphQL.Language;

/// <summary>A variable declared by an operation (spec §2.10 Variables).</summary>
public sealed class VariableDefinitionNode : Node, IHasDirectives
{
    public override Kind Kind => Kind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
