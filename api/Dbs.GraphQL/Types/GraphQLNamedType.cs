using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>A type with a name in the schema: scalar, object, interface, union, enum or input object.</summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private protected GraphQLNamedType(string name, string? description, TypeDefinitionNode? astNode,
        IReadOnlyList<TypeExtensionNode>? extensionAstNodes)
    {
        Names.Assert(name);
        Name = name;
        Description = description;
        AstNode = astNode;
        ExtensionAstNodes = extensionAstNodes ?? [];
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The SDL definition this type was built from, with the directives applied to it.</summary>
    public TypeDefinitionNode? AstNode { get; }

    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; }

    public abstract TypeKind Kind { get; }

    public sealed override GraphQLNamedType NamedType => this;

    public sealed override bool IsSameAs(GraphQLType other) => ReferenceEquals(this, other);

    public sealed override string ToString() => Name;
}
