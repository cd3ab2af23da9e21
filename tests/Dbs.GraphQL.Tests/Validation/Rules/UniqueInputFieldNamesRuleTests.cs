using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueInputFieldNamesRule(context);

    [Fact]
    public void Accepts_distinct_fields_and_the_same_names_in_nested_objects() => Valid(Rule, """
        { findDog(complex: { requiredField: true, nested: { requiredField: false, nested: { requiredField: true } } }) { name } }
        """);

    [Fact]
    public void Pairs_each_repetition_with_the_first_field_of_that_name() => Invalid(Rule, """
        { findDog(complex: { intField: 1, intField: 2, requiredField: true, intField: 3 }) { name } }
        """,
        "There can be only one input field named \"intField\". @ 1:22, 1:35",
        "There can be only one input field named \"intField\". @ 1:22, 1:69");

    [Fact]
    public void Reports_repetitions_inside_nested_objects_where_they_occur() => Invalid(Rule, """
        { findDog(complex: { nested: { a: 1, a: 2 }, nested: {} }) { name } }
        """,
        "There can be only one input field named \"a\". @ 1:32, 1:38",
        "There can be only one input field named \"nested\". @ 1:22, 1:46");

    [Fact]
    public void Finds_repetitions_in_objects_with_many_fields()
    {
        var fields = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"f{i}: {i}"));
        Assert.Equal(
            ["There can be only one input field named \"f3\". @ 1:36, 1:364"],
            ErrorsOf(Rule, "{ findDog(complex: { " + fields + ", f3: 0 }) { name } }"));
    }
}
