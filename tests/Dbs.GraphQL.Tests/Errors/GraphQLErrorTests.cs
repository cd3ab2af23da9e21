using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Errors;

public sealed class GraphQLErrorTests
{
    [Fact]
    public void Makes_a_syntax_error_at_a_position_of_a_source()
    {
        var source = new Source("{\n  a(x: ?)\n}");

        var error = GraphQLError.Syntax(source, 9, "Unexpected character: \"?\".");

        Assert.Equal("Syntax Error: Unexpected character: \"?\".", error.Message);
        Assert.Same(source, error.Source);
        Assert.Equal([9], error.Positions);
        Assert.Equal([new SourceLocation(2, 8)], error.Locations);
        Assert.Null(error.Nodes);
        Assert.Null(error.Path);
        Assert.Null(error.Extensions);
    }

    [Fact]
    public void Locates_an_error_at_the_start_of_each_blamed_node()
    {
        var document = Parser.Parse("{ first\n  second }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        var error = new GraphQLError("Two nodes.", nodes: [selections[0], selections[1]]);

        Assert.Equal([2, 10], error.Positions);
        Assert.Equal([new SourceLocation(1, 3), new SourceLocation(2, 3)], error.Locations);
        Assert.Same(document.Location!.Source, error.Source);
    }

    [Fact]
    public void Ignores_nodes_without_locations()
    {
        var located = Parser.Parse("{ a }").Definitions[0];
        var unlocated = new NameNode { Value = "built" };

        var mixed = new GraphQLError("Mixed.", nodes: [unlocated, located]);
        var none = new GraphQLError("None.", nodes: [unlocated]);

        Assert.Equal([new SourceLocation(1, 1)], mixed.Locations);
        Assert.Equal(2, mixed.Nodes!.Count);
        Assert.Null(none.Locations);
        Assert.Null(none.Positions);
        Assert.Null(none.Source);
    }

    [Fact]
    public void Prefers_given_positions_over_node_locations()
    {
        var source = new Source("query\n{ a }");
        var node = Parser.Parse(source).Definitions[0];

        var error = new GraphQLError("Positioned.", nodes: [node], source: source, positions: [8]);

        Assert.Equal([new SourceLocation(2, 3)], error.Locations);
        Assert.Equal([8], error.Positions);
    }

    [Fact]
    public void Formats_as_a_response_entry_in_graphql_js_order_leaving_out_what_is_absent()
    {
        var source = new Source("{ a }");
        var error = new GraphQLError(
            "Failed.",
            source: source,
            positions: [2],
            path: ["agreements", 0, "title"],
            extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });

        var entry = error.ToDictionary();

        Assert.Equal(["message", "locations", "path", "extensions"], entry.Keys);
        Assert.Equal("Failed.", entry["message"]);
        var location = Assert.Single((IReadOnlyList<IReadOnlyDictionary<string, object?>>)entry["locations"]!);
        Assert.Equal(["line", "column"], location.Keys);
        Assert.Equal([1, 3], location.Values);
        Assert.Equal(["agreements", 0, "title"], (IReadOnlyList<object>)entry["path"]!);
        Assert.Equal(["message"], new GraphQLError("Bare.").ToDictionary().Keys);
    }

    [Fact]
    public void Treats_empty_extensions_as_none_and_inherits_those_of_an_original_graphql_error()
    {
        var original = new GraphQLError("Inner.", extensions: new Dictionary<string, object?> { ["code"] = "INNER" });

        var wrapped = new GraphQLError("Outer.", originalError: original);
        var empty = new GraphQLError("Empty.", extensions: new Dictionary<string, object?>());

        Assert.Same(original, wrapped.OriginalError);
        Assert.Same(original.Extensions, wrapped.Extensions);
        Assert.Null(empty.Extensions);
    }

    // Expected texts were printed by graphql-js 16.15's GraphQLError.toString().
    [Fact]
    public void Prints_the_message_with_an_excerpt_of_the_source()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(new Source("{\n  a(x: 1)\n  b(y: ?)\n  c\n}", "request.graphql")));

        Assert.Equal(
            "Syntax Error: Unexpected character: \"?\".\n\nrequest.graphql:3:8\n2 |   a(x: 1)\n3 |   b(y: ?)\n  |        ^\n4 |   c",
            error.ToString());
    }

    [Fact]
    public void Prints_a_long_line_in_slices()
    {
        var document = "{ " + string.Concat(Enumerable.Repeat("a ", 70)) + "? " + string.Concat(Enumerable.Repeat("b ", 10)) + "}";

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal(
            "Syntax Error: Unexpected character: \"?\".\n\nGraphQL request:1:143\n1 | { a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a \n  | a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a ? b b b b b b b b \n  |                                                               ^\n  | b b }",
            error.ToString());
    }

    [Fact]
    public void Prints_an_excerpt_for_each_blamed_node()
    {
        var document = Parser.Parse("{ first\n  second }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        var error = new GraphQLError("Two nodes.", nodes: [selections[0], selections[1]]);

        Assert.Equal(
            "Two nodes.\n\nGraphQL request:1:3\n1 | { first\n  |   ^\n2 |   second }\n\nGraphQL request:2:3\n1 | { first\n2 |   second }\n  |   ^",
            error.ToString());
    }
}
