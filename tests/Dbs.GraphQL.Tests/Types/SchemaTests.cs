using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Types;

public sealed class SchemaTests
{
    private static readonly Schema Schema = AstSchemaBuilder.BuildAstSchema(Parser.Parse("""
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        type Person implements Named & Node { id: ID! name: String friends: [Person!] }
        type Robot implements Node { id: ID! }
        type Bolt { size: Int }
        union Thing = Person | Robot
        union Other = Bolt
        type Query { node: Node, thing: Thing, other: Other }
        """));

    private static T Get<T>(string name)
        where T : GraphQLNamedType => Assert.IsType<T>(Schema.GetType(name));

    [Fact]
    public void Knows_the_possible_types_and_implementations_of_abstract_types()
    {
        Assert.Equal(["Person", "Robot"], Schema.GetPossibleTypes(Get<InterfaceType>("Node")).Select(t => t.Name));
        Assert.Equal(["Person", "Robot"], Schema.GetPossibleTypes(Get<UnionType>("Thing")).Select(t => t.Name));
        Assert.Equal(["Named"], Schema.GetImplementations(Get<InterfaceType>("Node")).Interfaces.Select(t => t.Name));
        Assert.True(Schema.IsSubType(Get<InterfaceType>("Node"), Get<InterfaceType>("Named")));
        Assert.True(Schema.IsSubType(Get<UnionType>("Thing"), Get<ObjectType>("Robot")));
        Assert.False(Schema.IsSubType(Get<UnionType>("Thing"), Get<ObjectType>("Bolt")));
        Assert.Empty(Schema.GetPossibleTypes(Get<ObjectType>("Bolt")));
    }

    [Fact]
    public void Compares_types_by_equality_subtyping_and_overlap()
    {
        var person = Get<ObjectType>("Person");
        var node = Get<InterfaceType>("Node");

        Assert.True(TypeComparators.IsEqualType(new ListType(new NonNullType(person)), new ListType(new NonNullType(person))));
        Assert.False(TypeComparators.IsEqualType(new ListType(person), new ListType(new NonNullType(person))));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new NonNullType(person), node));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new ListType(new NonNullType(person)), new ListType(node)));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, new ListType(person), new ListType(new NonNullType(node))));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, person, new ListType(node)));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Get<ObjectType>("Bolt"), node));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Get<UnionType>("Thing"), node));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, node, Get<ObjectType>("Robot")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, Get<UnionType>("Other"), node));
    }

    [Fact]
    public void Answers_the_type_predicates_through_wrappers()
    {
        var listOfPeople = new NonNullType(new ListType(Get<ObjectType>("Person")));

        Assert.Same(Get<ObjectType>("Person"), listOfPeople.NamedType);
        Assert.IsType<ListType>(listOfPeople.NullableType);
        Assert.True(listOfPeople.IsOutputType);
        Assert.False(listOfPeople.IsInputType);
        Assert.True(Scalars.Int.IsLeafType && Scalars.Int.IsInputType && Scalars.Int.IsOutputType);
        Assert.True(Get<UnionType>("Thing").IsAbstractType && Get<UnionType>("Thing").IsCompositeType);
        Assert.Equal("[Person]!", listOfPeople.ToString());
        Assert.Throws<ArgumentException>(() => new NonNullType(listOfPeople));
    }

    [Fact]
    public void Includes_the_introspection_types_and_only_the_scalars_in_use()
    {
        Assert.NotNull(Schema.GetType("__Schema"));
        Assert.NotNull(Schema.GetType("__TypeKind"));
        Assert.NotNull(Schema.GetType("Boolean"));
        Assert.Null(Schema.GetType("Float"));
        Assert.Equal(Schema.Types.Count, Schema.TypeMap.Count);
    }

    [Fact]
    public void Rejects_two_different_types_with_the_same_name()
    {
        var first = new ObjectType("Same", [new FieldDefinition("a", Scalars.Int)]);
        var second = new ObjectType("Same", [new FieldDefinition("b", Scalars.Int)]);
        var query = new ObjectType("Query", [new FieldDefinition("a", first), new FieldDefinition("b", second)]);

        var exception = Assert.Throws<SchemaException>(() => new Schema(new SchemaConfig { Query = query }));
        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Same\".", exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("a-b")]
    public void Rejects_invalid_names_in_code(string name)
    {
        Assert.Throws<ArgumentException>(() => new ScalarType(name));
    }

    [Fact]
    public void Rejects_enum_values_named_true_false_or_null()
    {
        Assert.Equal("Enum values cannot be named: null (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => new EnumValueDefinition("null")).Message);
    }
}
