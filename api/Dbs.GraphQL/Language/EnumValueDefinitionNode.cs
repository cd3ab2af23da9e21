namespace Dbs.GraphQL.Language;

/// <summary>One value of an enum type (spec §3.9 Enums).</summary>
public sealed class EnumValueDefinitionNode : Node, IHasDirectives
{
    public override Kind Kind => Kind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
