using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Utilities;

/// <summary>Expected texts are what graphql-js 16.15's inspect, suggestionList and didYouMean give.</summary>
public sealed class ValueFormattingTests
{
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1.234e-10, "1.234e-10")]
    [InlineData(100.0, "100")]
    [InlineData(-0.0, "0")]
    public void Formats_numbers_as_javascript_does(double value, string expected)
    {
        Assert.Equal(expected, JavaScriptNumber.Format(value));
    }

    [Fact]
    public void Inspects_values_two_levels_deep_with_at_most_ten_items()
    {
        var value = new Dictionary<string, object?>
        {
            ["a"] = new object?[] { 1, "x", null },
            ["b"] = new Dictionary<string, object?> { ["c"] = new Dictionary<string, object?> { ["d"] = 1 } },
            ["e"] = Array.Empty<int>(),
        };

        Assert.Equal("{ a: [1, \"x\", null], b: { c: [Object] }, e: [] }", ValueInspector.Inspect(value));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]", ValueInspector.Inspect(Enumerable.Range(1, 12).ToList()));
        Assert.Equal("[1, [2, [Array]]]", ValueInspector.Inspect(new object[] { 1, new object[] { 2, new object[] { 3 } } }));
        Assert.Equal("\"tab\\there \\u0001\"", ValueInspector.Inspect("tab\there \u0001"));
    }

    [Fact]
    public void Suggests_close_names_closest_first_then_in_natural_order()
    {
        Assert.Equal(["Agreement", "agreement", "agreements", "agree"],
            SuggestionList.Suggest("agreemnt", ["agreement", "agreements", "Agreement", "agree", "item10", "item2", "xyz"]));
        Assert.Equal(["item1", "item2", "item10"], SuggestionList.Suggest("item", ["item10", "item2", "item1"]));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", SuggestionList.DidYouMean(["a", "b", "c", "d", "e", "f"]));
        Assert.Equal(string.Empty, SuggestionList.DidYouMean([]));
    }
}
