using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Types;

public sealed class IntrospectionTests
{
    private static readonly Schema Schema = AstSchemaBuilder.BuildAstSchema(Parser.Parse("""
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        interface Node { id: ID! }
        type Query implements Node {
          id: ID!
          old: Int @deprecated(reason: "Use id")
          search(term: String = "x", legacy: Int @deprecated, filter: Filter = {mode: A}): [Node!]
          url: Url
        }
        input Filter { mode: Mode, gone: Int @deprecated }
        input Pick @oneOf { a: Int, b: Int }
        enum Mode { A B @deprecated }
        directive @tag(name: String!, old: String @deprecated) repeatable on OBJECT | FIELD_DEFINITION
        """));

    private static async Task<object?> Resolve(string typeName, string fieldName, object? parent, Dictionary<string, object?>? arguments = null) =>
        await new TestResolverContext(Schema, typeName, fieldName, parent, arguments).Resolve();

    private static IEnumerable<string> Names(object? items) =>
        Assert.IsAssignableFrom<IEnumerable<object>>(items).Select(i => i is GraphQLNamedType type ? type.Name : ((INamedElement)i).Name);

    [Fact]
    public void Declares_the_introspection_types_with_graphql_js_fields_and_types()
    {
        string Shape(string typeName) => string.Join(", ", ((ObjectType)Schema.GetType(typeName)!).Fields.Select(f =>
            f.Name + (f.Arguments.Count > 0 ? "(" + string.Join(", ", f.Arguments.Select(a => $"{a.Name}: {a.Type}")) + ")" : string.Empty) + ": " + f.Type));

        Assert.Equal("description: String, types: [__Type!]!, queryType: __Type!, mutationType: __Type, subscriptionType: __Type, directives(includeDeprecated: Boolean!): [__Directive!]!", Shape("__Schema"));
        Assert.Equal("kind: __TypeKind!, name: String, description: String, specifiedByURL: String, fields(includeDeprecated: Boolean): [__Field!], interfaces: [__Type!], possibleTypes: [__Type!], enumValues(includeDeprecated: Boolean): [__EnumValue!], inputFields(includeDeprecated: Boolean): [__InputValue!], ofType: __Type, isOneOf: Boolean", Shape("__Type"));
        Assert.Equal("name: String!, description: String, args(includeDeprecated: Boolean): [__InputValue!]!, type: __Type!, isDeprecated: Boolean!, deprecationReason: String", Shape("__Field"));
        Assert.Equal("name: String!, description: String, type: __Type!, defaultValue: String, isDeprecated: Boolean!, deprecationReason: String", Shape("__InputValue"));
        Assert.Equal("name: String!, description: String, isDeprecated: Boolean!, deprecationReason: String", Shape("__EnumValue"));
        Assert.Equal("name: String!, description: String, isRepeatable: Boolean!, locations: [__DirectiveLocation!]!, args(includeDeprecated: Boolean): [__InputValue!]!, isDeprecated: Boolean!, deprecationReason: String", Shape("__Directive"));
        Assert.Equal(["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"], Introspection.TypeKindType.Values.Names);
        Assert.Equal(20, Introspection.DirectiveLocationType.Values.Count);
    }

    [Fact]
    public async Task Resolves_the_meta_fields_from_the_schema_and_the_object_type()
    {
        Assert.Same(Schema, await Resolve("Query", "__schema", null));
        Assert.Same(Schema.GetType("Filter"), await Resolve("Query", "__type", null, new() { ["name"] = "Filter" }));
        Assert.Null(await Resolve("Query", "__type", null, new() { ["name"] = "Missing" }));
        Assert.Equal("Query", await Resolve("Query", "__typename", null));
    }

    [Fact]
    public async Task Describes_types_by_kind_with_wrappers_unwrapped_one_at_a_time()
    {
        var searchType = Schema.QueryType!.GetField("search")!.Type;

        Assert.Equal("LIST", Introspection.TypeKindType.Serialize(await Resolve("__Type", "kind", searchType)));
        var ofType = await Resolve("__Type", "ofType", searchType);
        Assert.Equal("NON_NULL", Introspection.TypeKindType.Serialize(await Resolve("__Type", "kind", ofType)));
        Assert.Null(await Resolve("__Type", "name", ofType));
        Assert.Equal("INPUT_OBJECT", Introspection.TypeKindType.Serialize(await Resolve("__Type", "kind", Schema.GetType("Filter"))));
        Assert.Equal("https://url.spec.whatwg.org/", await Resolve("__Type", "specifiedByURL", Schema.GetType("Url")));
        Assert.Equal(["Query"], Names(await Resolve("__Type", "possibleTypes", Schema.GetType("Node"))));
        Assert.Null(await Resolve("__Type", "possibleTypes", Schema.QueryType));
        Assert.Equal(["Node"], Names(await Resolve("__Type", "interfaces", Schema.QueryType)));
        Assert.Null(await Resolve("__Type", "fields", Schema.GetType("Filter")));
    }

    [Fact]
    public async Task Hides_deprecated_members_unless_asked_to_include_them()
    {
        var query = Schema.QueryType!;
        var search = query.GetField("search")!;
        var tag = Schema.GetDirective("tag")!;

        Assert.Equal(["id", "search", "url"], Names(await Resolve("__Type", "fields", query)));
        Assert.Equal(["id", "old", "search", "url"], Names(await Resolve("__Type", "fields", query, new() { ["includeDeprecated"] = true })));
        Assert.Equal(["term", "filter"], Names(await Resolve("__Field", "args", search)));
        Assert.Equal(["term", "legacy", "filter"], Names(await Resolve("__Field", "args", search, new() { ["includeDeprecated"] = true })));
        Assert.Equal(["mode"], Names(await Resolve("__Type", "inputFields", Schema.GetType("Filter"))));
        Assert.Equal(["A"], Names(await Resolve("__Type", "enumValues", Schema.GetType("Mode"))));
        Assert.Equal(["A", "B"], Names(await Resolve("__Type", "enumValues", Schema.GetType("Mode"), new() { ["includeDeprecated"] = true })));
        Assert.Equal(["name"], Names(await Resolve("__Directive", "args", tag)));
        Assert.Equal(true, await Resolve("__Field", "isDeprecated", query.GetField("old")));
        Assert.Equal("Use id", await Resolve("__Field", "deprecationReason", query.GetField("old")));
    }

    [Fact]
    public async Task Prints_default_values_as_graphql_literals()
    {
        var search = Schema.QueryType!.GetField("search")!;

        Assert.Equal("\"x\"", await Resolve("__InputValue", "defaultValue", search.Arguments["term"]));
        Assert.Equal("{mode: A}", await Resolve("__InputValue", "defaultValue", search.Arguments["filter"]));
        Assert.Null(await Resolve("__InputValue", "defaultValue", search.Arguments["legacy"]));
    }

    [Fact]
    public async Task Exposes_oneOf_repeatable_directives_and_their_locations()
    {
        var tag = Schema.GetDirective("tag")!;

        Assert.Equal(true, await Resolve("__Type", "isOneOf", Schema.GetType("Pick")));
        Assert.Equal(false, await Resolve("__Type", "isOneOf", Schema.GetType("Filter")));
        Assert.Null(await Resolve("__Type", "isOneOf", Schema.QueryType));
        Assert.Equal(true, await Resolve("__Directive", "isRepeatable", tag));
        var locations = Assert.IsAssignableFrom<IEnumerable<DirectiveLocation>>(await Resolve("__Directive", "locations", tag));
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], locations.Select(l => Introspection.DirectiveLocationType.Serialize(l)));
        Assert.Equal(["tag", "include", "skip", "deprecated", "specifiedBy", "oneOf"],
            Assert.IsAssignableFrom<IEnumerable<DirectiveDefinition>>(await Resolve("__Schema", "directives", Schema)).Select(d => d.Name));
    }
}
