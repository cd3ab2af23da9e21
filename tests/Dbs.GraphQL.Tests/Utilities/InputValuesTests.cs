using System.Text.Json;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Utilities;

/// <summary>Expected messages are graphql-js 16.15's coerceInputValue messages for the same values.</summary>
public sealed class InputValuesTests
{
    private static readonly Schema Schema = AstSchemaBuilder.BuildAstSchema(Parser.Parse("""
        type Query { a(i: In, o: One, e: Color, r: Recursive): Int }
        input In { name: String!, count: Int = 3, tags: [String!], nested: In, color: Color }
        input One @oneOf { byId: ID, byName: String }
        input Recursive { next: Recursive, value: Int }
        enum Color { RED GREEN BLUE }
        """));

    private static readonly InputObjectType In = (InputObjectType)Schema.GetType("In")!;
    private static readonly InputObjectType One = (InputObjectType)Schema.GetType("One")!;
    private static readonly InputObjectType Recursive = (InputObjectType)Schema.GetType("Recursive")!;
    private static readonly EnumType Color = (EnumType)Schema.GetType("Color")!;

    private static List<string> Errors(object? value, GraphQLType type)
    {
        var errors = new List<string>();
        InputValues.CoerceInputValue(value, type, (path, _, error) =>
            errors.Add(JsonSerializer.Serialize(path) + " " + error.Message));
        return errors;
    }

    private static Dictionary<string, object?> Object(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void Coerces_an_input_object_with_defaults_lists_and_enums()
    {
        var coerced = InputValues.CoerceInputValue(Object(("name", "x"), ("tags", "single"), ("color", "RED")), In);

        var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(coerced);
        Assert.Equal(["name", "count", "tags", "color"], fields.Keys);
        Assert.Equal(3, fields["count"]);
        Assert.Equal(["single"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(fields["tags"]));
        Assert.Equal("RED", fields["color"]);
    }

    [Fact]
    public void Reports_every_error_with_its_path()
    {
        var value = Object(("name", "x"), ("tags", new object?[] { "a", null }), ("nested", Object(("count", "z"))), ("colr", "RED"));

        Assert.Equal(
        [
            "[\"tags\",1] Expected non-nullable type \"String!\" not to be null.",
            "[\"nested\"] Field \"name\" of required type \"String!\" was not provided.",
            "[\"nested\",\"count\"] Int cannot represent non-integer value: \"z\"",
            "[] Field \"colr\" is not defined by type \"In\". Did you mean \"color\"?",
        ], Errors(value, In));
    }

    [Fact]
    public void Requires_objects_for_input_objects_and_values_for_non_null_types()
    {
        Assert.Equal(["[] Expected type \"In\" to be an object."], Errors(new[] { 1 }, In));
        Assert.Equal(["[] Field \"name\" of required type \"String!\" was not provided."], Errors(Object(), In));
        Assert.Equal(["[] Expected non-nullable type \"Int!\" not to be null."], Errors(null, new NonNullType(Scalars.Int)));
        Assert.Equal(["[1] Int cannot represent non-integer value: \"x\""], Errors(new object[] { 1, "x" }, new ListType(Scalars.Int)));
    }

    [Fact]
    public void Requires_exactly_one_non_null_field_for_oneOf_input_objects()
    {
        Assert.Equal(["[] Exactly one key must be specified for OneOf type \"One\"."], Errors(Object(("byId", "1"), ("byName", "n")), One));
        Assert.Equal(["[\"byId\"] Field \"byId\" must be non-null."], Errors(Object(("byId", null)), One));
        Assert.Equal(["[] Exactly one key must be specified for OneOf type \"One\"."], Errors(Object(), One));
        Assert.Empty(Errors(Object(("byName", "n")), One));
    }

    [Fact]
    public void Reports_unknown_enum_values_with_suggestions()
    {
        Assert.Equal(["[] Value \"REED\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\" or \"GREEN\"?"], Errors("REED", Color));
        Assert.Equal(["[] Enum \"Color\" cannot represent non-string value: 1."], Errors(1, Color));
    }

    [Fact]
    public void Throws_the_first_error_with_the_value_and_path_when_no_handler_is_given()
    {
        Assert.Equal("Invalid value 1 at \"value.nested.name\": String cannot represent a non string value: 1",
            Assert.Throws<GraphQLError>(() => InputValues.CoerceInputValue(Object(("name", "x"), ("nested", Object(("name", 1)))), In)).Message);
        Assert.Equal("Invalid value null: Expected non-nullable type \"In!\" not to be null.",
            Assert.Throws<GraphQLError>(() => InputValues.CoerceInputValue(null, new NonNullType(In))).Message);
        Assert.Equal("Invalid value { name: \"x\", extra: 1, nme: 2 }: Field \"extra\" is not defined by type \"In\".",
            Assert.Throws<GraphQLError>(() => InputValues.CoerceInputValue(Object(("name", "x"), ("extra", 1), ("nme", 2)), In)).Message);
    }

    [Fact]
    public void Coerces_json_elements_like_plain_values()
    {
        using var json = JsonDocument.Parse("""{"name": "x", "count": 2.0, "tags": ["a", "b"], "nested": {"name": "y"}}""");

        var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(InputValues.CoerceInputValue(json.RootElement, In));
        Assert.Equal(2, fields["count"]);
        Assert.Equal("y", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(fields["nested"])["name"]);
    }

    [Fact]
    public void Rejects_values_nested_deeper_than_the_parser_allows_without_overflowing_the_stack()
    {
        object? value = Object(("value", 1));
        for (var i = 0; i < 20_000; i++)
        {
            value = Object(("next", value));
        }

        var errors = Errors(value, Recursive);

        Assert.Equal($"Input value exceeds the maximum nesting depth of {InputValues.MaxDepth}.", Assert.Single(errors)[(errors[0].IndexOf(' ', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public void Reads_literals_for_a_type_with_variables()
    {
        var literal = Parser.ParseValue("{name: $n, count: $missing, tags: [\"a\", $t], color: BLUE}");
        var variables = new Dictionary<string, object?> { ["n"] = "from variable", ["t"] = "b" };

        Assert.True(InputValues.TryValueFromAst(literal, In, variables, out var value));
        var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal("from variable", fields["name"]);
        Assert.Equal(3, fields["count"]);
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(fields["tags"]));
        Assert.Equal("BLUE", fields["color"]);
    }

    [Theory]
    [InlineData("{count: 1}")]
    [InlineData("{name: 1}")]
    [InlineData("{name: $missing}")]
    [InlineData("{name: \"x\", tags: [\"a\", $missing]}")]
    [InlineData("\"not an object\"")]
    [InlineData("{name: \"x\", color: PURPLE}")]
    public void Gives_no_value_for_an_invalid_literal(string literal)
    {
        Assert.False(InputValues.TryValueFromAst(Parser.ParseValue(literal), In, null, out _));
    }

    [Fact]
    public void Gives_no_value_for_a_oneOf_literal_without_exactly_one_non_null_field()
    {
        Assert.False(InputValues.TryValueFromAst(Parser.ParseValue("{byId: 1, byName: \"x\"}"), One, null, out _));
        Assert.False(InputValues.TryValueFromAst(Parser.ParseValue("{byId: null}"), One, null, out _));
        Assert.True(InputValues.TryValueFromAst(Parser.ParseValue("{byId: 1}"), One, null, out var value));
        Assert.Equal("1", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value)["byId"]);
    }

    [Fact]
    public void Reads_literals_without_a_type()
    {
        var value = InputValues.ValueFromAstUntyped(Parser.ParseValue("{a: [1, 2.5, \"s\", true, null, E, $v], b: 9999999999}"),
            new Dictionary<string, object?> { ["v"] = "var" });

        var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal([1, 2.5, "s", true, null, "E", "var"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(fields["a"]));
        Assert.Equal(9999999999L, fields["b"]);
    }

    [Fact]
    public void Makes_literals_from_clr_values_as_graphql_js_prints_them()
    {
        string? Print(object? value, GraphQLType type) =>
            InputValues.AstFromValue(value, type) is { } node ? Printer.Print(node) : null;

        Assert.Equal("{name: \"x\", count: 3, tags: [\"a\"], color: RED}",
            Print(Object(("name", "x"), ("count", 3), ("tags", new[] { "a" }), ("color", "RED")), In));
        Assert.Equal("1e+21", Print(1e21, Scalars.Float));
        Assert.Equal("4", Print(4.0, Scalars.Float));
        Assert.Equal("123", Print("123", Scalars.ID));
        Assert.Equal("\"01\"", Print("01", Scalars.ID));
        Assert.Equal("null", Print(null, Scalars.String));
        Assert.Null(Print(null, new NonNullType(Scalars.String)));
        Assert.Equal("[1, 2]", Print(new[] { 1, 2 }, new ListType(Scalars.Int)));
        Assert.Equal("7", Print(7, new ListType(Scalars.Int)));
    }

    private static readonly Schema ArgumentSchema = AstSchemaBuilder.BuildSchema("type Query { f(a: Int!, b: String = \"d\", c: [Int]): Int }");

    private static IReadOnlyDictionary<string, object?> ArgumentsOf(string query, Dictionary<string, object?>? variables = null)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(query).Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        return InputValues.GetArgumentValues(ArgumentSchema.QueryType!.GetField("f")!.Arguments, field.Arguments, field, variables);
    }

    [Fact]
    public void Coerces_field_arguments_with_defaults_and_variables()
    {
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1, ["b"] = "d" }, ArgumentsOf("{ f(a: 1) }"));
        var withList = ArgumentsOf("query($m: Int) { f(a: 2, c: [1, $m]) }");
        Assert.Equal([1, null], Assert.IsAssignableFrom<IReadOnlyList<object?>>(withList["c"]));
    }

    [Theory]
    [InlineData("{ f }", "Argument \"a\" of required type \"Int!\" was not provided.")]
    [InlineData("query($v: Int) { f(a: $v) }", "Argument \"a\" of required type \"Int!\" was provided the variable \"$v\" which was not provided a runtime value.")]
    [InlineData("{ f(a: null) }", "Argument \"a\" of non-null type \"Int!\" must not be null.")]
    [InlineData("{ f(a: \"x\") }", "Argument \"a\" has invalid value \"x\".")]
    public void Reports_missing_null_and_invalid_arguments_with_graphql_js_messages(string query, string message)
    {
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => ArgumentsOf(query)).Message);
    }

    [Fact]
    public void Reports_a_variable_whose_value_is_null_for_a_non_null_argument()
    {
        Assert.Equal("Argument \"a\" of non-null type \"Int!\" must not be null.",
            Assert.Throws<GraphQLError>(() => ArgumentsOf("query($v: Int) { f(a: $v) }", new() { ["v"] = null })).Message);
    }

    [Fact]
    public void Reads_the_arguments_of_an_applied_directive()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ f @skip(if: $x) }").Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Equal(true, InputValues.GetDirectiveValues(Directives.Skip, field, new Dictionary<string, object?> { ["x"] = true })!["if"]);
        Assert.Null(InputValues.GetDirectiveValues(Directives.Include, field));
    }
}
