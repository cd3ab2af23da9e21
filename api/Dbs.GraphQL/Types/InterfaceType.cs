using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>An interface type (spec §3.7); interfaces may implement other interfaces.</summary>
public sealed class InterfaceType : ComplexOutputType
{
    public InterfaceType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces = null,
        string? description = null,
        TypeResolverDelegate? resolveType = null,
        InterfaceTypeDefinitionNode? astNode = null,
        IReadOnlyList<InterfaceTypeExtensionNode>? extensionAstNodes = null)
        : base(name, fields, interfaces, description, astNode, extensionAstNodes)
    {
        ResolveType = resolveType;
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>A registered type resolver; when null the schema falls back to runtime types and __typename.</summary>
    public TypeResolverDelegate? ResolveType { get; internal set; }
}
