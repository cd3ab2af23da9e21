namespace Dbs.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a wrapper (list, non-null) around one (spec §3 Types). Printed as in SDL,
/// e.g. <c>[Int!]!</c>.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The named type inside any wrappers (spec: "unwrapped type").</summary>
    public abstract GraphQLNamedType NamedType { get; }

    /// <summary>This type without an outer non-null wrapper.</summary>
    public GraphQLType NullableType => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Scalars, enums, input objects, and lists and non-nulls of them (spec §3.2 IsInputType).</summary>
    public bool IsInputType => NamedType is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums, and wrappers of them (spec §3.2 IsOutputType).</summary>
    public bool IsOutputType => NamedType is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public bool IsLeafType => this is ScalarType or EnumType;

    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    public bool IsAbstractType => this is InterfaceType or UnionType;

    public bool IsWrappingType => this is ListType or NonNullType;

    public bool IsNonNull => this is NonNullType;

    public bool IsList => this is ListType;

    /// <summary>True when the type is the same named type under the same wrappers (spec §3.3 type equality).</summary>
    public abstract bool IsSameAs(GraphQLType other);
}
