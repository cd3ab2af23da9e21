using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueVariableNamesRule(context);

    [Fact]
    public void Accepts_distinct_variable_names_and_the_same_names_in_other_operations() => Valid(Rule, """
        query A($x: Int, $y: Int) { dog { name } }
        query B($x: Int, $y: Int) { dog { name } }
        """);

    [Fact]
    public void Rejects_a_repeated_name_once_naming_every_declaration() => Invalid(Rule, """
        query A($x: Int, $x: Boolean, $x: String) { dog { name } }
        """,
        "There can be only one variable named \"$x\". @ 1:10, 1:19, 1:32");

    [Fact]
    public void Reports_each_repeated_name_in_order_of_first_declaration() => Invalid(Rule, """
        query A($y: Int, $x: Int, $x: Int, $y: Int) { dog { name } }
        """,
        "There can be only one variable named \"$y\". @ 1:10, 1:37",
        "There can be only one variable named \"$x\". @ 1:19, 1:28");
}
