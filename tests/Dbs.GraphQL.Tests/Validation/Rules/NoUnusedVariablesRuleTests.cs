using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly ValidationRule Rule = context => new NoUnusedVariablesRule(context);

    [Fact]
    public void Accepts_variables_used_in_the_operation_or_its_fragments() => Valid(Rule, """
        query Locate($x: Int, $y: Int, $skip: Boolean!) {
          dog @skip(if: $skip) { isAtLocation(x: $x) ...Y }
        }
        fragment Y on Dog { isAtLocation(y: $y) }
        """);

    [Fact]
    public void Rejects_an_unused_variable_naming_the_operation() => Invalid(Rule, """
        query Locate($x: Int, $y: Int) { dog { isAtLocation(x: $x) } }
        """,
        "Variable \"$y\" is never used in operation \"Locate\". @ 1:23");

    [Fact]
    public void Rejects_unused_variables_of_an_anonymous_operation() => Invalid(Rule, """
        query ($a: String, $b: Int = 3) { dog { name } }
        """,
        "Variable \"$a\" is never used. @ 1:8",
        "Variable \"$b\" is never used. @ 1:20");

    [Fact]
    public void Does_not_count_uses_in_fragments_the_operation_does_not_reach() => Invalid(Rule, """
        query A($x: Int) { dog { ...Other } }
        query B($x: Int) { dog { ...Location } }
        fragment Location on Dog { isAtLocation(x: $x) }
        fragment Other on Dog { name }
        """,
        "Variable \"$x\" is never used in operation \"A\". @ 1:9");
}
