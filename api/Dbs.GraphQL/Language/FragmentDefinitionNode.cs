namespace Dbs.GraphQL.Language;

/// <summary>A named fragment with its type condition (spec §2.8 Fragments).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.FragmentDefinition;

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
