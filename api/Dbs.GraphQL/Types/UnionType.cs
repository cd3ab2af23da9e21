using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>A union of object types (spec §3.8).</summary>
public sealed class UnionType : GraphQLNamedType
{
    private readonly Lazy<IReadOnlyList<ObjectType>> _types;

    public UnionType(
        string name,
        Func<IEnumerable<ObjectType>> types,
        string? description = null,
        TypeResolverDelegate? resolveType = null,
        UnionTypeDefinitionNode? astNode = null,
        IReadOnlyList<UnionTypeExtensionNode>? extensionAstNodes = null)
        : base(name, description, astNode, extensionAstNodes)
    {
        _types = new(() => [.. types()]);
        ResolveType = resolveType;
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => _types.Value;

    /// <summary>A registered type resolver; when null the schema falls back to runtime types and __typename.</summary>
    public TypeResolverDelegate? ResolveType { get; internal set; }
}
