namespace Dbs.GraphQL.Types;

/// <summary>A list of the wrapped type (spec §3.11).</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override GraphQLNamedType NamedType => OfType.NamedType;

    public override bool IsSameAs(GraphQLType other) => other is ListType list && OfType.IsSameAs(list.OfType);

    public override string ToString() => "[" + OfType + "]";
}
