namespace Dbs.GraphQL.Types;

/// <summary>A non-null wrapper (spec §3.12); it never wraps another non-null type.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override GraphQLNamedType NamedType => OfType.NamedType;

    public override bool IsSameAs(GraphQLType other) => other is NonNullType nonNull && OfType.IsSameAs(nonNull.OfType);

    public override string ToString() => OfType + "!";
}
