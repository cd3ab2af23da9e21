using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Utilities;

public sealed class AstSchemaBuilderTests
{
    private static Schema Build(string sdl) => AstSchemaBuilder.BuildSchema(sdl);

    private static T TypeOf<T>(Schema schema, string name)
        where T : GraphQLNamedType => Assert.IsType<T>(schema.GetType(name));

    [Fact]
    public void Builds_every_kind_of_type_with_descriptions()
    {
        var schema = Build(SchemaFiles.Read("kitchen-sink.graphql"));

        Assert.Equal("The municipalities' supervision API.", schema.Description);
        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Mutations", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Equal("Multi-line\n  description with \"quotes\"", TypeOf<ScalarType>(schema, "Json").Description);
        Assert.Equal("https://tools.ietf.org/html/rfc3986", TypeOf<ScalarType>(schema, "Url").SpecifiedByUrl);
        Assert.Equal(["Node"], TypeOf<InterfaceType>(schema, "Resource").Interfaces.Select(i => i.Name));
        Assert.Equal(["Node", "Resource"], TypeOf<ObjectType>(schema, "Agreement").Interfaces.Select(i => i.Name));
        Assert.Equal(["Agreement", "Other"], TypeOf<UnionType>(schema, "SearchResult").Types.Select(t => t.Name));
        Assert.Equal("The URL", TypeOf<InterfaceType>(schema, "Resource").GetField("url")!.Description);
        Assert.True(TypeOf<InputObjectType>(schema, "ChangeInput").IsOneOf);
        Assert.False(TypeOf<InputObjectType>(schema, "Filter").IsOneOf);
        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void Reads_deprecations_on_fields_arguments_input_fields_and_enum_values()
    {
        var schema = Build(SchemaFiles.Read("kitchen-sink.graphql"));
        var root = TypeOf<ObjectType>(schema, "Root");
        var mode = TypeOf<EnumType>(schema, "Mode");

        Assert.Equal("No longer supported", root.GetField("json")!.DeprecationReason);
        Assert.Equal("Use limit", root.GetField("search")!.Arguments["first"]!.DeprecationReason);
        Assert.Null(root.GetField("search")!.Arguments["term"]!.DeprecationReason);
        Assert.Equal("No longer supported", TypeOf<InputObjectType>(schema, "Filter").Fields["legacy"]!.DeprecationReason);
        Assert.Equal([null, "No longer supported", "Gone \"soon\"", null], mode.Values.Select(v => v.DeprecationReason));
    }

    [Fact]
    public void Coerces_default_values_to_clr_values()
    {
        var schema = Build(SchemaFiles.Read("kitchen-sink.graphql"));
        var search = TypeOf<ObjectType>(schema, "Root").GetField("search")!;
        var filtered = TypeOf<ObjectType>(schema, "Root").GetField("filtered")!.Arguments["where"]!;

        Assert.Equal("x", search.Arguments["term"]!.DefaultValue);
        Assert.Equal(10, search.Arguments["first"]!.DefaultValue);
        var where = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(filtered.DefaultValue);
        Assert.Equal("LAX", where["mode"]);
        Assert.Equal([1, 2], Assert.IsAssignableFrom<IReadOnlyList<object?>>(where["range"]));
        Assert.False(TypeOf<ObjectType>(schema, "Root").GetField("node")!.Arguments["id"]!.HasDefaultValue);
    }

    [Fact]
    public void Applies_extensions_in_the_same_document()
    {
        var schema = Build(SchemaFiles.Read("kitchen-sink.graphql"));

        Assert.Equal(["a", "b"], TypeOf<ObjectType>(schema, "Other").Fields.Names);
        Assert.Equal(["STRICT", "LAX", "LEGACY", "NEW"], TypeOf<EnumType>(schema, "Mode").Values.Names);
        Assert.Single(TypeOf<ObjectType>(schema, "Other").ExtensionAstNodes);
    }

    [Fact]
    public void Keeps_custom_directives_and_their_applications_on_the_ast_nodes()
    {
        var schema = Build(SchemaFiles.Read("kitchen-sink.graphql"));
        var audit = schema.GetDirective("audit")!;

        Assert.True(audit.IsRepeatable);
        Assert.Equal([DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT], audit.Locations);
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(audit.Arguments["tags"]!.DefaultValue));
        Assert.Equal(["audit", "old", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        var applied = Assert.Single(TypeOf<ObjectType>(schema, "Agreement").AstNode!.Directives);
        Assert.Equal("audit", applied.Name.Value);
    }

    [Fact]
    public void Finds_roots_by_name_without_a_schema_definition_and_keeps_unused_types()
    {
        var schema = Build("type Subscription { s: Int } type Query { q: Int } type Mutation { m: Int } type Unused { u: Int }");

        Assert.Equal(["Query", "Mutation", "Subscription"], new[] { schema.QueryType!, schema.MutationType!, schema.SubscriptionType! }.Select(t => t.Name));
        Assert.NotNull(schema.GetType("Unused"));
        Assert.Null(schema.GetType("Float"));
        Assert.Equal(["Subscription", "Int", "Query", "Mutation", "Unused", "Boolean", "String"],
            schema.Types.Where(t => !Introspection.IsIntrospectionType(t)).Select(t => t.Name));
    }

    [Fact]
    public void Uses_the_specified_scalars_and_directives_even_when_redeclared()
    {
        var schema = Build("scalar String type Query { a: String }");

        Assert.Same(Scalars.String, schema.GetType("String"));
        Assert.Same(Directives.Skip, schema.GetDirective("skip"));
    }

    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("enum E { A A } type Query { e: E }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("input I { a: Int a: Int } type Query { e(i: I): Int }", "Field \"I.a\" can only be defined once.")]
    [InlineData("directive @d on FIELD directive @d on FIELD type Query { a: Int }", "There can be only one directive named \"@d\".")]
    [InlineData("type Query { a: Strin }", "Unknown type \"Strin\". Did you mean \"String\"?")]
    [InlineData("extend type Missing { a: Int } type Query { a: Int }", "Cannot extend type \"Missing\" because it is not defined.")]
    [InlineData("type Query { a: Int } extend input Query { b: Int }", "Cannot extend non-input object type \"Query\".")]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }",
        "Must provide only one schema definition.\n\nThere can be only one query type in schema.")]
    [InlineData("schema { query: Query query: Query } type Query { a: Int }", "There can be only one query type in schema.")]
    [InlineData("type Query { a: Int @deprecatd }", "Unknown directive \"@deprecatd\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("type Query { a: Int @deprecated(reasn: \"x\") }", "Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?")]
    [InlineData("scalar S @specifiedBy type Query { a: S }",
        "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.")]
    [InlineData("type Query { a: Int @deprecated(reason: \"a\", reason: \"b\") }", "There can be only one argument named \"reason\".")]
    [InlineData("directive @once on OBJECT type Query @once { a: Int } extend type Query @once",
        "The directive \"@once\" can only be used once at this location.")]
    [InlineData("input I { f: Int @deprecated } type Query { a(x: I @deprecated): Int } enum E { A @deprecated } schema @deprecated { query: Query }",
        "Directive \"@deprecated\" may not be used on SCHEMA.")]
    [InlineData("type Query { a: Int @deprecated(reason: 1) }", "Argument \"reason\" has invalid value 1.")]
    public void Rejects_invalid_sdl_with_graphql_js_messages(string sdl, string message)
    {
        Assert.Equal(message, Assert.Throws<SchemaException>(() => Build(sdl)).Message);
    }

    [Fact]
    public void Reports_a_default_value_that_needs_its_own_input_type_instead_of_failing()
    {
        var exception = Assert.Throws<SchemaException>(() => Build("type Query { a(x: A): Int } input A { b: A = {c: 1}, c: Int }"));

        Assert.Equal("Default value of \"b\" needs the fields of input object A while they are being defined.", exception.Message);
    }

    [Fact]
    public void Accepts_a_repeatable_directive_applied_twice()
    {
        var schema = Build("directive @tag(name: String!) repeatable on OBJECT type Query @tag(name: \"a\") @tag(name: \"b\") { a: Int }");

        Assert.Equal(2, schema.QueryType!.AstNode!.Directives.Count);
    }

    [Fact]
    public void Reports_every_unknown_type_with_its_location()
    {
        var exception = Assert.Throws<SchemaException>(() => Build("type Query {\n  a: A\n  b(x: B): [C!]\n}"));

        Assert.Equal(["Unknown type \"A\". 2:6", "Unknown type \"B\". 3:8", "Unknown type \"C\". 3:13"],
            exception.Errors.Select(e => $"{e.Message} {e.Locations![0].Line}:{e.Locations[0].Column}"));
    }

    [Fact]
    public void Extends_a_schema_with_new_types_fields_values_and_roots_keeping_bound_resolvers()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int } enum E { A } interface I { id: ID }")
            .AddResolver("Query", "a", _ => 42)
            .Create();

        var extended = AstSchemaBuilder.ExtendSchema(schema, Parser.Parse("""
            extend type Query { b: String, i: I }
            extend enum E { B }
            type Thing implements I { id: ID }
            type Mutation { m: Int }
            extend schema { mutation: Mutation }
            """));

        var query = extended.QueryType!;
        Assert.NotSame(schema.QueryType, query);
        Assert.Equal(["a", "b", "i"], query.Fields.Names);
        Assert.Equal(["A", "B"], Assert.IsType<EnumType>(extended.GetType("E")).Values.Names);
        Assert.Equal("Mutation", extended.MutationType!.Name);
        Assert.Same(schema.QueryType!.GetField("a")!.Resolver, query.GetField("a")!.Resolver);
        Assert.Equal(["Thing"], extended.GetPossibleTypes(Assert.IsType<InterfaceType>(extended.GetType("I"))).Select(t => t.Name));
        Assert.Same(query.GetField("i")!.Type, extended.GetType("I"));
        Assert.Empty(SchemaValidator.Validate(extended));
    }

    [Theory]
    [InlineData("type Query { b: Int }", "Type \"Query\" already exists in the schema. It cannot also be defined in this type definition.")]
    [InlineData("extend type Query { a: Int }", "Field \"Query.a\" already exists in the schema. It cannot also be defined in this type extension.")]
    [InlineData("extend enum E { A }", "Enum value \"E.A\" already exists in the schema. It cannot also be defined in this type extension.")]
    [InlineData("directive @skip on FIELD", "Directive \"@skip\" already exists in the schema. It cannot be redefined.")]
    [InlineData("extend schema { query: Query }", "Type for query already defined in the schema. It cannot be redefined.")]
    public void Rejects_extensions_that_redefine_what_the_schema_has(string sdl, string message)
    {
        var schema = Build("type Query { a: Int } enum E { A }");

        Assert.Equal(message, Assert.Throws<SchemaException>(() => AstSchemaBuilder.ExtendSchema(schema, Parser.Parse(sdl))).Message);
    }

    [Fact]
    public void Returns_the_same_schema_for_a_document_without_type_system_definitions()
    {
        var schema = Build("type Query { a: Int }");

        Assert.Same(schema, AstSchemaBuilder.ExtendSchema(schema, Parser.Parse("{ a }")));
    }
}
