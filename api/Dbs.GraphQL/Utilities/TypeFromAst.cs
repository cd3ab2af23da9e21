using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>The schema type a type reference names (graphql-js <c>typeFromAST</c>); null for an unknown name.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Resolve(Schema schema, TypeNode typeNode)
    {
        // Unwrap iteratively, then wrap the named type from the inside out.
        var wrappers = new Stack<Kind>();
        var current = typeNode;
        while (current is not NamedTypeNode)
        {
            wrappers.Push(current.Kind);
            current = current switch
            {
                ListTypeNode list => list.Type,
                NonNullTypeNode nonNull => nonNull.Type,
                _ => throw new ArgumentException($"Unexpected type node {current.Kind}.", nameof(typeNode)),
            };
        }

        GraphQLType? type = schema.GetType(((NamedTypeNode)current).Name.Value);
        if (type is null)
        {
            return null;
        }

        while (wrappers.Count > 0)
        {
            type = wrappers.Pop() == Kind.ListType ? new ListType(type) : new NonNullType(type);
        }

        return type;
    }
}
