using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>Type relations of spec §3.6.1 (IsValidImplementationFieldType) and §5.5.2.3, as graphql-js's typeComparators.</summary>
public static class TypeComparators
{
    /// <summary>Same named type under the same wrappers.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => typeA.IsSameAs(typeB);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is expected: equal,
    /// a non-null of a subtype, a list of a subtype, or an object/interface that the abstract super type includes.
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is GraphQLNamedType { IsAbstractType: true } abstractType
                && maybeSubType is InterfaceType or ObjectType
                && schema.IsSubType(abstractType, (GraphQLNamedType)maybeSubType);
        }
    }

    /// <summary>
    /// True when two composite types can have a value in common (used by the overlapping-fields and
    /// possible-fragment-spreads rules).
    /// </summary>
    public static bool DoTypesOverlap(Schema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            if (typeB.IsAbstractType)
            {
                foreach (var type in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType && schema.IsSubType(typeB, typeA);
    }
}
