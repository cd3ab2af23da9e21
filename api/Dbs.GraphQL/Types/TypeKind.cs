namespace Dbs.GraphQL.Types;

/// <summary>The values of the introspection enum <c>__TypeKind</c> (spec §4.2.1).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
