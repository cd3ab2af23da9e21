namespace Dbs.GraphQL.Language;

/// <summary>A scalar, object, interface, union, enum or input object definition (spec §3.4 Types).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
