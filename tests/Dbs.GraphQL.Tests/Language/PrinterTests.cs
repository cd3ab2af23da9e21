using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

// Expected outputs were printed by graphql-js 16.15's print() for the same documents.
public sealed class PrinterTests
{
    private static readonly ParserOptions WithoutLocations = new() { NoLocation = true };

    [Fact]
    public void Prints_an_executable_document_as_graphql_js_does()
    {
        Assert.Equal(KitchenSink.ExecutablePrinted, Printer.Print(Parser.Parse(KitchenSink.Executable)));
    }

    [Fact]
    public void Prints_a_schema_document_as_graphql_js_does()
    {
        Assert.Equal(KitchenSink.SchemaPrinted, Printer.Print(Parser.Parse(KitchenSink.Schema)));
    }

    [Theory]
    [InlineData(KitchenSink.Executable)]
    [InlineData(KitchenSink.Schema)]
    [InlineData("query Q(\"d\" $a: [Int!]! = [1], $b: In = {a: \"\"\"x\ny\"\"\"}) { a(b: $a) @d(c: [{d: null}]) }")]
    [InlineData("directive @a(\"\"\"m\nl\"\"\" b: Int) repeatable on FIELD | QUERY")]
    public void Reprints_what_it_parses_unchanged(string document)
    {
        var parsed = Parser.Parse(document, WithoutLocations);
        var printed = Printer.Print(parsed);
        var reparsed = Parser.Parse(printed, WithoutLocations);

        Assert.Equal(AstDump.Of(parsed), AstDump.Of(reparsed));
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Theory]
    [InlineData(68, "{\n  f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1, b: 2)\n}")]
    [InlineData(69, "{\n  f(\n    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1\n    b: 2\n  )\n}")]
    public void Wraps_field_arguments_once_the_line_passes_eighty_characters(int nameLength, string expected)
    {
        var document = Parser.Parse("{ f(" + new string('a', nameLength) + ": 1, b: 2) }");

        Assert.Equal(expected, Printer.Print(document));
    }

    [Fact]
    public void Counts_the_alias_in_the_line_length()
    {
        var document = Parser.Parse("{ alias: f(" + new string('a', 62) + ": 1, b: 2) }");

        Assert.Equal(
            "{\n  alias: f(\n    " + new string('a', 62) + ": 1\n    b: 2\n  )\n}",
            Printer.Print(document));
    }

    [Theory]
    [InlineData("{ a { b { aliased: c(x: 1, y: \"\"\"multi\nline\"\"\") } } }", "{\n  a {\n    b {\n      aliased: c(x: 1, y: \"\"\"\n      multi\n      line\n      \"\"\")\n    }\n  }\n}")]
    [InlineData("query Q(\"first\" $a: Int, $b: String = \"x\") { a }", "query Q(\n\"first\"\n$a: Int\n$b: String = \"x\"\n) {\n  a\n}")]
    [InlineData("query Q($a: Int = \"\"\"a\nb\"\"\") { a }", "query Q(\n$a: Int = \"\"\"\na\nb\n\"\"\"\n) {\n  a\n}")]
    [InlineData("query ($a: Int) @d { a }", "query ($a: Int) @d {\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("type T { f(\"arg\" a: Int, b: Int): Int }", "type T {\n  f(\n    \"arg\"\n    a: Int\n    b: Int\n  ): Int\n}")]
    [InlineData("directive @d(a: String = \"\"\"x\ny\"\"\") on FIELD", "directive @d(\n  a: String = \"\"\"\n  x\n  y\n  \"\"\"\n) on FIELD")]
    [InlineData("{ a(s: \"tab\\there \\u0000 \\u007F \\u0085 \\u00A0 \u00E9 \U0001F600 quote\\\" backslash\\\\\") }", "{\n  a(s: \"tab\\there \\u0000 \\u007F \\u0085 \u00A0 \u00E9 \U0001F600 quote\\\" backslash\\\\\")\n}")]
    [InlineData("schema { query: Q }", "schema {\n  query: Q\n}")]
    public void Lays_out_documents_as_graphql_js_does(string document, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.Parse(document)));
    }

    [Fact]
    public void Prints_a_lone_value_or_type()
    {
        Assert.Equal("{a: [1, 2.5, \"s\", true, null, ENUM, $v]}", Printer.Print(Parser.ParseValue("{a:[1 2.5 \"s\" true null ENUM $v]}")));
        Assert.Equal("[[String!]]!", Printer.Print(Parser.ParseType("[ [ String ! ] ] !")));
        Assert.Equal("$v", Parser.ParseValue("$v").ToString());
    }

    [Fact]
    public void Prints_nodes_built_by_hand()
    {
        var field = new FieldNode
        {
            Name = new NameNode { Value = "agreement" },
            Arguments = [new ArgumentNode { Name = new NameNode { Value = "id" }, Value = new StringValueNode { Value = "a\"b" } }],
            SelectionSet = new SelectionSetNode { Selections = [new FieldNode { Name = new NameNode { Value = "id" } }] },
        };
        var document = new DocumentNode
        {
            Definitions =
            [
                new OperationDefinitionNode
                {
                    Operation = OperationType.Query,
                    Name = new NameNode { Value = "Q" },
                    SelectionSet = new SelectionSetNode { Selections = [field] },
                },
            ],
        };

        Assert.Equal("query Q {\n  agreement(id: \"a\\\"b\") {\n    id\n  }\n}", Printer.Print(document));
    }

    [Fact]
    public void Leaves_out_what_prints_as_nothing()
    {
        var emptySelections = new SelectionSetNode();
        var document = new DocumentNode
        {
            Definitions =
            [
                new ObjectTypeDefinitionNode { Name = new NameNode { Value = "T" } },
                new OperationDefinitionNode { SelectionSet = emptySelections },
                new ScalarTypeDefinitionNode { Name = new NameNode { Value = "S" } },
            ],
        };

        Assert.Equal("type T\n\nscalar S", Printer.Print(document));
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("plain \u00E9 \U0001F600", "\"plain \u00E9 \U0001F600\"")]
    [InlineData("\"\\\b\f\n\r\t", "\"\\\"\\\\\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u001F\u007F\u009F\u00A0", "\"\\u0000\\u001F\\u007F\\u009F\u00A0\"")]
    public void Escapes_strings_as_graphql_js_does(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
    }

    [Fact]
    public void Refuses_an_AST_built_deeper_than_the_stack_allows_instead_of_crashing()
    {
        ValueNode value = new IntValueNode { Value = "1" };
        for (var i = 0; i < 100_000; i++)
        {
            value = new ListValueNode { Values = [value] };
        }

        Exception? thrown = null;
        var thread = new Thread(() => thrown = Record.Exception(() => Printer.Print(value)), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.IsType<InsufficientExecutionStackException>(thrown);
    }
}
