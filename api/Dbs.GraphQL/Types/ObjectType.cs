using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>An object type (spec §3.6), optionally bound to the CLR type its values have at run time.</summary>
public sealed class ObjectType : ComplexOutputType
{
    public ObjectType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces = null,
        string? description = null,
        Type? runtimeType = null,
        ObjectTypeDefinitionNode? astNode = null,
        IReadOnlyList<ObjectTypeExtensionNode>? extensionAstNodes = null)
        : base(name, fields, interfaces, description, astNode, extensionAstNodes)
    {
        RuntimeType = runtimeType;
    }

    public ObjectType(string name, IEnumerable<FieldDefinition> fields, string? description = null)
        : this(name, () => fields, description: description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The CLR type of this type's values, used to resolve interfaces and unions to this type.</summary>
    public Type? RuntimeType { get; internal set; }
}
