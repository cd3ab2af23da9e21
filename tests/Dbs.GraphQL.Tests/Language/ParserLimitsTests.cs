using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    private const int HostileDepth = 100_000;

    [Fact]
    public void Rejects_selection_sets_nested_deeper_than_the_limit_without_exhausting_the_stack()
    {
        var document = string.Concat(Enumerable.Repeat("{a", HostileDepth)) + new string('}', HostileDepth);

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal("Syntax Error: Document nesting is deeper than 200 levels. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 401)], error.Locations);
    }

    [Fact]
    public void Rejects_list_values_nested_deeper_than_the_limit()
    {
        var value = new string('[', HostileDepth) + new string(']', HostileDepth);

        var inDocument = Assert.Throws<GraphQLError>(() => Parser.Parse("{ f(a: " + value + ") }"));
        var alone = Assert.Throws<GraphQLError>(() => Parser.ParseValue(value));

        Assert.Equal("Syntax Error: Document nesting is deeper than 200 levels. Parsing aborted.", inDocument.Message);
        Assert.Equal([new SourceLocation(1, 7 + 200)], inDocument.Locations);
        Assert.Equal([new SourceLocation(1, 201)], alone.Locations);
    }

    [Fact]
    public void Rejects_object_values_nested_deeper_than_the_limit()
    {
        var document = "{ f(a:" + string.Concat(Enumerable.Repeat("{a:", HostileDepth)) + "1" + new string('}', HostileDepth) + ") }";

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal("Syntax Error: Document nesting is deeper than 200 levels. Parsing aborted.", error.Message);
        // The selection set is the first level, so the 200th object is one too many.
        Assert.Equal([new SourceLocation(1, 7 + (199 * 3))], error.Locations);
    }

    [Fact]
    public void Rejects_list_types_nested_deeper_than_the_limit()
    {
        var type = new string('[', HostileDepth) + "Int" + new string(']', HostileDepth);

        var inDocument = Assert.Throws<GraphQLError>(() => Parser.Parse("query Q($v: " + type + ") { a }"));
        var inSchema = Assert.Throws<GraphQLError>(() => Parser.Parse("type T { f: " + type + " }"));
        var alone = Assert.Throws<GraphQLError>(() => Parser.ParseType(type));

        Assert.Equal([new SourceLocation(1, 13 + 200)], inDocument.Locations);
        Assert.Equal([new SourceLocation(1, 13 + 200)], inSchema.Locations);
        Assert.Equal("Syntax Error: Document nesting is deeper than 200 levels. Parsing aborted.", alone.Message);
    }

    [Fact]
    public void Counts_all_recursive_constructs_together_against_the_limit()
    {
        var selections = string.Concat(Enumerable.Repeat("{a", 100));
        var value = new string('[', 101);

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(selections + "(x: " + value));

        Assert.Equal([new SourceLocation(1, 200 + 4 + 101)], error.Locations);
    }

    [Fact]
    public void Accepts_nesting_up_to_the_limit()
    {
        var document = string.Concat(Enumerable.Repeat("{a", 200)) + new string('}', 200);

        var parsed = Parser.Parse(document);

        Assert.Single(parsed.Definitions);
    }

    [Fact]
    public void Applies_a_configured_depth_limit()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Parser.Parse("{ a(x: [1]) { b { c } } }", options);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a { b(x: [[1]]) } }", options));

        Assert.Equal("Syntax Error: Document nesting is deeper than 3 levels. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 13)], error.Locations);
    }

    [Fact]
    public void Rejects_documents_with_more_tokens_than_the_limit_in_graphql_js_words()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c }", options));

        Assert.Equal("Syntax Error: Document contains more that 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 9)], error.Locations);
    }

    [Fact]
    public void Accepts_exactly_as_many_tokens_as_the_limit_and_does_not_count_comments()
    {
        var document = Parser.Parse("# comment\n{ a b c } # another", new ParserOptions { MaxTokens = 5 });

        Assert.Equal(5, document.TokenCount);
    }

    [Fact]
    public void Rejects_documents_longer_than_the_limit_in_UTF_16_code_units()
    {
        var options = new ParserOptions { MaxDocumentLength = 5 };

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b }", options));

        Assert.Equal("Syntax Error: Source contains more than 5 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 6)], error.Locations);
    }

    [Fact]
    public void Measures_UTF_8_input_in_UTF_16_code_units_against_the_length_limit()
    {
        // Fifteen UTF-16 code units in twenty-one bytes.
        var bytes = System.Text.Encoding.UTF8.GetBytes("{a(x:\"\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\")}");
        var fits = new ParserOptions { MaxDocumentLength = 15, NoLocation = true };
        var tooShort = new ParserOptions { MaxDocumentLength = 14, NoLocation = true };

        Parser.Parse(bytes.AsSpan(), fits);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(bytes.AsSpan(), tooShort));

        Assert.Equal("Syntax Error: Source contains more than 14 UTF-16 code units. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Has_no_token_or_length_limit_by_default()
    {
        Assert.Null(ParserOptions.Default.MaxTokens);
        Assert.Null(ParserOptions.Default.MaxDocumentLength);
        Assert.Equal(200, ParserOptions.Default.MaxDepth);
    }

    [Fact]
    public void Stops_before_the_stack_runs_out_even_without_a_depth_limit()
    {
        var document = string.Concat(Enumerable.Repeat("{a", HostileDepth)) + new string('}', HostileDepth);
        var options = new ParserOptions { MaxDepth = int.MaxValue };
        Exception? thrown = null;

        var thread = new Thread(() => thrown = Record.Exception(() => Parser.Parse(document, options)), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        var error = Assert.IsType<GraphQLError>(thrown);
        Assert.Matches(@"^Syntax Error: Document nesting is deeper than \d+ levels\. Parsing aborted\.$", error.Message);
    }
}
