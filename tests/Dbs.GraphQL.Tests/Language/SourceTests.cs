using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

public sealed class SourceTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\rb", 2, 2, 1)]
    [InlineData("a\n\r\n\rb", 5, 4, 1)]
    [InlineData("a\nbc", 4, 2, 3)]
    public void Locates_positions_by_line_and_column(string body, int position, int line, int column)
    {
        Assert.Equal(new SourceLocation(line, column), new Source(body).GetLocation(position));
    }

    [Fact]
    public void Is_named_GraphQL_request_unless_named()
    {
        Assert.Equal("GraphQL request", new Source("{ a }").Name);
        Assert.Equal("schema.graphql", new Source("type T", "schema.graphql").Name);
    }

    [Fact]
    public void Decodes_a_UTF_8_body_and_measures_it_in_UTF_16_code_units()
    {
        var source = Source.FromUtf8("a\u00E9\U0001F600\u4E2D"u8);

        Assert.Equal("a\u00E9\U0001F600\u4E2D", source.Body);
        Assert.Equal(5, source.Length);
    }

    [Fact]
    public void Maps_offsets_in_a_long_non_ASCII_body()
    {
        var text = string.Concat(Enumerable.Repeat("\u00E9x\U0001F600", 500));
        var source = new Source(System.Text.Encoding.UTF8.GetBytes(text).AsMemory());

        Assert.Equal(text, source.Body);
        Assert.Equal(text.Length, source.Length);
    }

    [Fact]
    public void Measures_non_ASCII_bodies_of_every_length_around_its_mapping_steps()
    {
        for (var repeat = 80; repeat < 180; repeat++)
        {
            var text = "x" + string.Concat(Enumerable.Repeat("\u00E9", repeat));
            var source = new Source(System.Text.Encoding.UTF8.GetBytes(text).AsMemory());

            Assert.Equal(text.Length, source.Length);
        }
    }

    [Fact]
    public void Locates_nodes_far_into_a_non_ASCII_document_read_as_UTF_8()
    {
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => $"f{i}(x: \"\u00E9\U0001F600{i}\") "));
        text = "{ " + text + "}";

        var fromString = AstDump.Of(Parser.Parse(text));
        var fromBytes = AstDump.Of(Parser.Parse(System.Text.Encoding.UTF8.GetBytes(text).AsMemory()));

        Assert.Equal(fromString, fromBytes);
        Assert.Contains($"Name {text.IndexOf("f299", StringComparison.Ordinal)}..", fromBytes, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_location_given_in_characters_on_a_node_built_by_hand()
    {
        var source = new Source("\u00E9\U0001F600 { name }");

        var node = new NameNode { Value = "name", Location = new Location(6, 10, source) };

        Assert.Equal((6, 10), (node.Location!.Start, node.Location.End));
        Assert.Same(source, node.Location.Source);
        Assert.Null(new NameNode { Value = "built" }.Location);
    }
}
