namespace Dbs.GraphQL.Language;

/// <summary>A field of an object or interface type (spec §3.6 Objects).</summary>
public sealed class FieldDefinitionNode : Node, IHasDirectives
{
    public override Kind Kind => Kind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
