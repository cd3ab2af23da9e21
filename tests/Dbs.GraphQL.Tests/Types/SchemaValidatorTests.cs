using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Types;

/// <summary>
/// Each case's expected messages and locations are what graphql-js 16.15's validateSchema(buildSchema(sdl)) reports.
/// </summary>
public sealed class SchemaValidatorTests
{
    private static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(", ", (error.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"));

    private static void AssertErrors(string sdl, params string[] expected)
    {
        var schema = AstSchemaBuilder.BuildAstSchema(Parser.Parse(sdl));
        Assert.Equal(expected, SchemaValidator.Validate(schema).Select(Describe));
    }

    [Fact]
    public void Requires_a_query_root_type() => AssertErrors(
        "type Other { a: Int }",
        "Query root type must be provided. @ ");

    [Fact]
    public void Requires_the_query_root_to_be_an_object_type() => AssertErrors(
        "schema { query: Q } input Q { a: Int }",
        "Query root type must be Object type, it cannot be Q. @ 1:17");

    [Fact]
    public void Requires_the_mutation_root_to_be_an_object_type() => AssertErrors(
        "schema { query: Query mutation: M } type Query { a: Int } enum M { A }",
        "Mutation root type must be Object type if provided, it cannot be M. @ 1:33");

    [Fact]
    public void Rejects_names_reserved_for_introspection() => AssertErrors(
        "type Query { __a: Int, b(__c: Int): Int } type __Bad { a: Int } enum E { __V } input I { __f: Int } directive @__d on FIELD",
        "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:101",
        "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:14",
        "Name \"__c\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:26",
        "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:43",
        "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:74",
        "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:90");

    [Fact]
    public void Requires_objects_and_interfaces_to_define_fields() => AssertErrors(
        "type Query { a: Empty } type Empty interface I",
        "Type Empty must define one or more fields. @ 1:25",
        "Type I must define one or more fields. @ 1:36");

    [Fact]
    public void Requires_field_types_to_be_output_types() => AssertErrors(
        "type Query { a: In } input In { x: Int }",
        "The type of Query.a must be Output Type but got: In. @ 1:17");

    [Fact]
    public void Requires_argument_types_to_be_input_types() => AssertErrors(
        "type Query { a(x: Query): Int }",
        "The type of Query.a(x:) must be Input Type but got: Query. @ 1:19");

    [Fact]
    public void Rejects_deprecating_required_arguments_and_input_fields() => AssertErrors(
        "type Query { a(x: Int! @deprecated): Int } input I { f: String! @deprecated(reason: \"no\") } directive @d(x: Int! @deprecated) on FIELD",
        "Required argument @d(x:) cannot be deprecated. @ 1:114, 1:109",
        "Required argument Query.a(x:) cannot be deprecated. @ 1:24, 1:19",
        "Required input field I.f cannot be deprecated. @ 1:65, 1:57");

    [Fact]
    public void Rejects_implementing_a_type_that_is_not_an_interface() => AssertErrors(
        "type Query implements Other { a: Int } type Other { a: Int }",
        "Type Query must only implement Interface types, it cannot implement Other. @ 1:23");

    [Fact]
    public void Rejects_implementing_an_interface_twice() => AssertErrors(
        "interface I { a: Int } type Query implements I & I { a: Int }",
        "Type Query can only implement I once. @ 1:46, 1:50");

    [Fact]
    public void Requires_every_interface_field() => AssertErrors(
        "interface I { a: Int b: String } type Query implements I { a: Int }",
        "Interface field I.b expected but Query does not provide it. @ 1:22, 1:34");

    [Fact]
    public void Requires_interface_field_types_to_be_covariant() => AssertErrors(
        "interface I { a: Int } type Query implements I { a: String }",
        "Interface field I.a expects type Int but Query.a is type String. @ 1:18, 1:53");

    [Fact]
    public void Requires_every_interface_field_argument() => AssertErrors(
        "interface I { a(x: Int): Int } type Query implements I { a: Int }",
        "Interface field argument I.a(x:) expected but Query.a does not provide it. @ 1:17, 1:58");

    [Fact]
    public void Requires_interface_field_argument_types_to_be_equal() => AssertErrors(
        "interface I { a(x: Int): Int } type Query implements I { a(x: String): Int }",
        "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String. @ 1:20, 1:63");

    [Fact]
    public void Rejects_extra_required_arguments_on_implementing_fields() => AssertErrors(
        "interface I { a: Int } type Query implements I { a(y: Int!): Int }",
        "Object field Query.a includes required argument y that is missing from the Interface field I.a. @ 1:52, 1:15");

    [Fact]
    public void Requires_implementing_the_interfaces_of_implemented_interfaces() => AssertErrors(
        "interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }",
        "Type Query must implement A because it is implemented by B. @ 1:47, 1:82");

    [Fact]
    public void Rejects_an_interface_that_implements_itself() => AssertErrors(
        "interface A implements A { a: Int } type Query { a: A }",
        "Type A cannot implement itself because it would create a circular reference. @ 1:24");

    [Fact]
    public void Rejects_interfaces_that_implement_each_other() => AssertErrors(
        "interface A implements B { a: Int } interface B implements A { a: Int } type Query { a: A }",
        "Type A cannot implement B because it would create a circular reference. @ 1:60, 1:24",
        "Type B cannot implement A because it would create a circular reference. @ 1:24, 1:60");

    [Fact]
    public void Accepts_a_covariant_field_type() => AssertErrors(
        "interface I { a: I } type Query implements I { a: Query }");

    [Fact]
    public void Requires_unions_to_have_members() => AssertErrors(
        "type Query { u: U } union U",
        "Union type U must define one or more member types. @ 1:21");

    [Fact]
    public void Rejects_a_union_member_listed_twice() => AssertErrors(
        "type Query { u: U } union U = Query | Query",
        "Union type U can only include type Query once. @ 1:31, 1:39");

    [Fact]
    public void Requires_union_members_to_be_object_types() => AssertErrors(
        "type Query { u: U } union U = Query | I interface I { a: Int }",
        "Union type U can only include Object types, it cannot include I. @ 1:39");

    [Fact]
    public void Requires_enums_to_have_values() => AssertErrors(
        "type Query { e: E } enum E",
        "Enum type E must define one or more values. @ 1:21");

    [Fact]
    public void Requires_input_objects_to_have_fields() => AssertErrors(
        "type Query { a(i: I): Int } input I",
        "Input Object type I must define one or more fields. @ 1:29");

    [Fact]
    public void Requires_input_field_types_to_be_input_types() => AssertErrors(
        "type Query { a(i: I): Int } input I { q: Query }",
        "The type of I.q must be Input Type but got: Query. @ 1:42");

    [Fact]
    public void Rejects_unbreakable_cycles_of_non_null_input_fields() => AssertErrors(
        "type Query { a(i: A): Int } input A { b: B! } input B { a: A! c: C! } input C { b: B! }",
        "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\". @ 1:39, 1:57",
        "Cannot reference Input Object \"B\" within itself through a series of non-null fields: \"c.b\". @ 1:63, 1:81");

    [Fact]
    public void Accepts_input_cycles_broken_by_a_nullable_field_or_a_list() => AssertErrors(
        "type Query { a(i: A): Int } input A { self: A, list: [A!]! }");

    [Fact]
    public void Requires_oneOf_fields_to_be_nullable_without_defaults() => AssertErrors(
        "type Query { a(i: O): Int } input O @oneOf { a: Int! b: Int = 3 }",
        "OneOf input field O.a must be nullable. @ 1:49",
        "OneOf input field O.b cannot have a default value. @ 1:54");

    [Fact]
    public void Requires_types_named_after_operations_to_be_object_types() => AssertErrors(
        "input Query { a: Int } type Mutation { a: Int } enum Subscription { A }",
        "Query root type must be Object type, it cannot be Query. @ 1:1",
        "Subscription root type must be Object type if provided, it cannot be Subscription. @ 1:49");

    [Fact]
    public void Reports_a_union_of_only_non_object_types_once() => AssertErrors(
        "type Query { u: U } union U = I interface I { a: Int }",
        "Union type U can only include Object types, it cannot include I. @ 1:31");

    [Fact]
    public void Reports_field_errors_before_implementation_errors() => AssertErrors(
        "type Query implements Other { __a: Int } type Other { a: Int }",
        "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:31",
        "Type Query must only implement Interface types, it cannot implement Other. @ 1:23");

    [Fact]
    public void Requires_directives_to_have_locations_and_input_argument_types()
    {
        var query = new ObjectType("Query", [new FieldDefinition("a", Scalars.Int)]);
        var directive = new DirectiveDefinition("bad", [], [new ArgumentDefinition("x", query)]);
        var schema = new Schema(new SchemaConfig { Query = query, Directives = [directive] });

        Assert.Equal(
            ["Directive @bad must include 1 or more locations.", "The type of @bad(x:) must be Input Type but got: Query."],
            SchemaValidator.Validate(schema).Select(e => e.Message));
    }

    [Fact]
    public void Validates_a_schema_once_and_asserts_with_every_message()
    {
        var schema = AstSchemaBuilder.BuildAstSchema(Parser.Parse("type Query { a: E } enum E union U"));

        Assert.Same(SchemaValidator.Validate(schema), SchemaValidator.Validate(schema));
        var exception = Assert.Throws<SchemaException>(() => SchemaValidator.AssertValid(schema));
        Assert.Equal("Enum type E must define one or more values.\n\nUnion type U must define one or more member types.", exception.Message);
    }

    [Fact]
    public void Reports_a_long_non_null_input_cycle_without_exhausting_the_stack()
    {
        const int length = 100_000;
        var types = new InputObjectType[length];
        for (var i = 0; i < length; i++)
        {
            var next = (i + 1) % length;
            types[i] = new InputObjectType($"T{i}", () => [new InputFieldDefinition("next", new NonNullType(types[next]))]);
        }

        var query = new ObjectType("Query", [new FieldDefinition("a", Scalars.Int, [new ArgumentDefinition("i", types[0])])]);
        var schema = new Schema(new SchemaConfig { Query = query });

        var error = Assert.Single(SchemaValidator.Validate(schema));
        Assert.StartsWith("Cannot reference Input Object \"T0\" within itself through a series of non-null fields: \"next.next.", error.Message);
    }
}
