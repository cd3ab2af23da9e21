using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

// Expected outputs were printed by graphql-js 16.15's printBlockString and isPrintableAsBlockString.
public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "\"\"\"\"\"\"", "\"\"\"\"\"\"", true)]
    [InlineData("simple", "\"\"\"simple\"\"\"", "\"\"\"simple\"\"\"", true)]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"", "\"\"\"  leading space\"\"\"", true)]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"", "\"\"\"\tleading tab\"\"\"", true)]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"", "\"\"\"trailing quote\"\n\"\"\"", true)]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"", "\"\"\"trailing slash\\\n\"\"\"", true)]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", "\"\"\"ends with \\\"\"\"\"\"\"", true)]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", "\"\"\"has \\\"\"\" inside\"\"\"", true)]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"", "\"\"\"multi\nline\"\"\"", true)]
    [InlineData("\n  leading newline", "\"\"\"\n\n  leading newline\n\"\"\"", "\"\"\"\n\n  leading newline\"\"\"", false)]
    [InlineData("trailing newline\n", "\"\"\"\ntrailing newline\n\n\"\"\"", "\"\"\"\ntrailing newline\n\"\"\"", false)]
    [InlineData("  indented\n  both", "\"\"\"\n  indented\n  both\n\"\"\"", "\"\"\"\n  indented\n  both\"\"\"", false)]
    [InlineData("first\n  second indented", "\"\"\"\nfirst\n  second indented\n\"\"\"", "\"\"\"\nfirst\n  second indented\"\"\"", true)]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", true)]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", true)]
    [InlineData("cr\rin it", "\"\"\"\ncr\rin it\n\"\"\"", "\"\"\"cr\rin it\"\"\"", false)]
    [InlineData("control \u0001", "\"\"\"control \u0001\"\"\"", "\"\"\"control \u0001\"\"\"", false)]
    [InlineData("line\n\nblank inside", "\"\"\"\nline\n\nblank inside\n\"\"\"", "\"\"\"line\n\nblank inside\"\"\"", true)]
    [InlineData(" \n", "\"\"\"\n \n\n\"\"\"", "\"\"\"\n \n\"\"\"", false)]
    public void Prints_values_as_graphql_js_does(string value, string printed, string minimized, bool printable)
    {
        Assert.Equal(printed, BlockString.Print(value));
        Assert.Equal(minimized, BlockString.Print(value, minimize: true));
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("\n\n  \n", "")]
    [InlineData("  first keeps  \n    second\n      third", "  first keeps  \nsecond\n  third")]
    [InlineData("\n    a\n\n    b\n  ", "a\n\nb")]
    [InlineData("\r\n  a\r\n  b\r  c\r\n", "a\nb\nc")]
    [InlineData("\t\ta\n\t\tb", "\t\ta\nb")]
    [InlineData("x\n  \n    y", "x\n\ny")]
    public void Removes_common_indentation_and_blank_edge_lines(string raw, string value)
    {
        Assert.Equal(value, BlockString.Dedent(raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("  leading space")]
    [InlineData("trailing quote\"")]
    [InlineData("trailing slash\\")]
    [InlineData("ends with \"\"\"")]
    [InlineData("first\n  second indented")]
    [InlineData("line\n\nblank inside")]
    public void Reads_back_every_printable_value_unchanged(string value)
    {
        var literal = Parser.ParseValue(BlockString.Print(value));

        Assert.Equal(value, Assert.IsType<StringValueNode>(literal).Value);
    }
}
